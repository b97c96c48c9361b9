namespace Lianzheng.Core.Personnel;

/// <summary>What importing a staff sheet would do (<see cref="StaffImporter.PreviewAsync"/>): the people it would add,
/// those whose entry would change, those it would mark as left, the sections it would create; or, when
/// <see cref="Problems"/> is not empty, why it would be refused (nothing is imported then).</summary>
public sealed record ImportPreview(
    IReadOnlyList<ImportPreviewLine> Added,
    IReadOnlyList<ImportPreviewLine> Changed,
    IReadOnlyList<ImportPreviewLine> Leaving,
    IReadOnlyList<string> SectionsCreated,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool CanApply => Problems.Count == 0;

    public bool ChangesNothing => CanApply && Added.Count == 0 && Changed.Count == 0 && Leaving.Count == 0 && SectionsCreated.Count == 0;
}
