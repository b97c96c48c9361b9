namespace Lianzheng.Core.Workbench;

/// <summary>Whose records a viewer of the 工作台 sees.</summary>
public enum WorkbenchScope
{
    /// <summary>Only his own (我的记录).</summary>
    Self = 1,

    /// <summary>A 班子成员: himself and the staff of the sections he oversees, never a superior (another 班子成员 or the 党组书记).</summary>
    OverseenSections = 2,

    /// <summary>The 廉政监督员, the 党组书记 and the 派驻纪检监察组: everyone.</summary>
    Bureau = 3,
}
