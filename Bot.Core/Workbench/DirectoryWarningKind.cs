namespace Lianzheng.Core.Workbench;

/// <summary>The kinds of <see cref="DirectoryWarning"/>.</summary>
public enum DirectoryWarningKind
{
    SectionWithoutHead = 1,
    LeaderOverseesNothing = 2,
    SectionNotOverseen = 3,
    Unreachable = 4,
}
