using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>How each field of a filing is asked and how the answer goes into the draft; shared by filing and amending.</summary>
internal static class FilingQuestions
{
    private const int MaxTextLength = 100;
    private const int MaxTables = 300;
    private const int MaxGuests = 5000;
    private const int DaysAhead = 366;

    public static (string PromptId, PromptOptions Options) Ask(FilingField field, FilingDraft draft, DateOnly today)
    {
        var latest = today.AddDays(DaysAhead);
        return field switch
        {
            FilingField.Subject => (PromptIds.Choice, ChoicePromptOptions.Ask(FilingDialogTexts.AskSubject, SubjectChoices)),
            FilingField.EventDate => (PromptIds.Date, DatePromptOptions.Ask(
                draft.IsTravel ? FilingDialogTexts.AskDeparture : FilingDialogTexts.AskEventDate(DomainNames.Of(draft.Kind)),
                FilingDialogTexts.ExampleDate,
                DatePreference.Future, today, draft.IsTravel && draft.EndDate is { } end && end < latest ? end : latest)),
            FilingField.Place => (PromptIds.Text, Text(FilingDialogTexts.AskPlace, FilingDialogTexts.ExamplePlace)),
            FilingField.ExpectedTables => (PromptIds.Number, Number(FilingDialogTexts.AskTables, FilingDialogTexts.ExampleTables, MaxTables)),
            FilingField.ExpectedGuests => (PromptIds.Number, Number(FilingDialogTexts.AskGuests, FilingDialogTexts.ExampleGuests, MaxGuests)),
            FilingField.InvitesManagedObjects => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskManagedObjects)),
            FilingField.InvitesSubordinates => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskSubordinates)),
            FilingField.Destination => (PromptIds.Text, Text(FilingDialogTexts.AskDestination, FilingDialogTexts.ExampleDestination)),
            FilingField.Purpose => (PromptIds.Text, Text(FilingDialogTexts.AskPurpose, FilingDialogTexts.ExamplePurpose)),
            FilingField.ReturnDate => (PromptIds.Date, DatePromptOptions.Ask(
                FilingDialogTexts.AskReturn, FilingDialogTexts.ExampleDate,
                DatePreference.Future, draft.EventDate < today ? today : draft.EventDate, draft.EventDate.AddDays(DaysAhead))),
            FilingField.Companions => (PromptIds.Text, Text(FilingDialogTexts.AskCompanions, FilingDialogTexts.ExampleCompanions)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    /// <summary>The draft with the recognized answer (a choice, string, number, date or yes/no) put in its place.</summary>
    public static FilingDraft Apply(FilingField field, FilingDraft draft, object? answer) => field switch
    {
        FilingField.Subject => draft with { Subject = ((FoundChoice)answer!).As<EventSubject>() },
        FilingField.EventDate => draft with { EventDate = (DateOnly)answer! },
        FilingField.Place => draft with { Place = (string)answer! },
        FilingField.ExpectedTables => draft with { ExpectedTables = (int)answer! },
        FilingField.ExpectedGuests => draft with { ExpectedGuests = (int)answer! },
        FilingField.InvitesManagedObjects => draft with { InvitesManagedObjects = (bool)answer! },
        FilingField.InvitesSubordinates => draft with { InvitesSubordinates = (bool)answer! },
        FilingField.Destination => draft with { Destination = (string)answer! },
        FilingField.Purpose => draft with { Purpose = (string)answer! },
        FilingField.ReturnDate => draft with { EndDate = (DateOnly)answer! },
        FilingField.Companions => draft with { Companions = NothingToNull((string)answer!) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The fields one can amend, the subject first for banquets.</summary>
    public static IReadOnlyList<FilingField> Amendable(FilingDraft draft) =>
        draft.IsTravel ? FilingFields.Travel : [FilingField.Subject, .. FilingFields.Banquet];

    public static string? NothingToNull(string text) => FilingDialogTexts.NothingWords.Contains(text.Trim()) ? null : text.Trim();

    public static IReadOnlyList<Choice> KindChoices => [.. DomainNames.FilingKinds.Select(k => Choice.Of(k.Key, k.Value))];

    public static IReadOnlyList<Choice> SubjectChoices => [.. DomainNames.Subjects.Select(s => Choice.Of(s.Key, s.Value))];

    /// <summary>The fields of a draft one can change, as choices.</summary>
    public static IEnumerable<Choice> FieldChoices(FilingDraft draft) =>
        Amendable(draft).Select(f => Choice.Of(f, FilingTexts.FieldName(f, draft.IsTravel)));

    public static TextPromptOptions Text(string text, string example) => TextPromptOptions.Ask(text, example, MaxTextLength);

    public static NumberPromptOptions Number(string text, string example, int max) => NumberPromptOptions.Ask(text, example, 0, max);
}
