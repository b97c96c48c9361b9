using Lianzheng.Core.Audit;

namespace Lianzheng.Tests.Core;

/// <summary>How the verifier compares a record with the state its latest entry recorded. A release that adds a field to a
/// record leaves it empty on the records made before (the column is nullable): an entry written by the previous release
/// does not carry the field at all, and that is the same state, not a change made outside the bot.</summary>
public sealed class AuditRecordsTests
{
    [Fact]
    public void A_field_added_since_the_entry_and_still_empty_is_no_difference()
    {
        Assert.Null(AuditRecords.Difference("""{"place":"县城","status":"Filed"}""", """{"place":"县城","lateReason":null,"status":"Filed"}"""));
    }

    [Fact]
    public void A_field_added_since_the_entry_that_holds_a_value_is_a_difference()
    {
        Assert.Equal(("lateReason", "（无此项）", "补报"),
            AuditRecords.Difference("""{"place":"县城"}""", """{"place":"县城","lateReason":"补报"}"""));
    }

    [Fact]
    public void A_changed_or_emptied_field_is_a_difference()
    {
        Assert.Equal(("place", "县城", "乡下"), AuditRecords.Difference("""{"place":"县城"}""", """{"place":"乡下"}"""));
        Assert.Equal("place", AuditRecords.Difference("""{"place":"县城"}""", """{"place":null}""")?.Field);
        Assert.Null(AuditRecords.Difference("""{"place":"县城"}""", """{"place":"县城"}"""));
    }
}
