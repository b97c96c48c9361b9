using Lianzheng.Core.Travel;

namespace Lianzheng.Tests.Core.Travel;

public sealed class DocumentNumberMaskTests
{
    [Theory]
    [InlineData("E12345678", "E*****678")]
    [InlineData(" C98765432 ", "C*****432")]
    [InlineData("AB123", "A*123")]
    [InlineData("1234", "***4")]
    [InlineData("", "")]
    public void A_number_shows_its_first_character_and_last_three(string number, string masked) =>
        Assert.Equal(masked, DocumentNumberMask.Mask(number));
}
