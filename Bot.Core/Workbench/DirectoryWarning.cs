namespace Lianzheng.Core.Workbench;

/// <summary>Something in the directory the 廉政监督员 must act on: a section without a 股室负责人 (talks and reviews have
/// nobody to go to), a 班子成员 who oversees nothing, a section nobody oversees (its filings go to the 党组书记), an active
/// person no channel reaches (messages to him cannot be delivered). <see cref="Subject"/> names the section or the person.</summary>
public sealed record DirectoryWarning(DirectoryWarningKind Kind, string Subject);
