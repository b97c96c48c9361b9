namespace Lianzheng.Core.AuditProjects;

/// <summary>What the 廉政回访 asks the audited unit about, one 有/无 question each.</summary>
public enum FeedbackTopic
{
    /// <summary>宴请: the team took part in meals, entertainment or trips the unit arranged.</summary>
    Banquets = 1,

    /// <summary>礼品礼金.</summary>
    Gifts = 2,

    /// <summary>报销: the unit paid or reimbursed the team's lodging, meals, transport or other costs.</summary>
    Expenses = 3,

    /// <summary>请托: the team took requests to influence the audit, or made demands unrelated to it.</summary>
    Requests = 4,

    /// <summary>工作作风: rudeness, arbitrary demands, slackness.</summary>
    Conduct = 5,
}
