namespace Lianzheng.Core.Filings;

public enum ReviewOutcome
{
    Done,
    NotFound,

    /// <summary>Not 待审核: decided already, withdrawn or back with the filer.</summary>
    NotPending,

    /// <summary>The person is not this filing's reviewer.</summary>
    NotReviewer,
}
