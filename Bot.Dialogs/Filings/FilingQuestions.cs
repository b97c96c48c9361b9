using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;

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
            FilingField.Subject => (PromptIds.Choice, Choice(FilingDialogTexts.AskSubject, DomainNames.Subjects.Values)),
            FilingField.EventDate => (PromptIds.Date, PromptOptions.Ask(
                draft.IsTravel ? FilingDialogTexts.AskDeparture : string.Format(CultureInfo.InvariantCulture, FilingDialogTexts.AskEventDate, DomainNames.Of(draft.Kind)),
                FilingDialogTexts.ExampleDate,
                DatePrompt.Bounds(DatePreference.Future, today, draft.IsTravel && draft.EndDate is { } end && end < latest ? end : latest))),
            FilingField.Place => (PromptIds.Text, Text(FilingDialogTexts.AskPlace, FilingDialogTexts.ExamplePlace)),
            FilingField.ExpectedTables => (PromptIds.Number, Number(FilingDialogTexts.AskTables, FilingDialogTexts.ExampleTables, MaxTables)),
            FilingField.ExpectedGuests => (PromptIds.Number, Number(FilingDialogTexts.AskGuests, FilingDialogTexts.ExampleGuests, MaxGuests)),
            FilingField.InvitesManagedObjects => (PromptIds.Confirm, PromptOptions.Ask(FilingDialogTexts.AskManagedObjects)),
            FilingField.InvitesSubordinates => (PromptIds.Confirm, PromptOptions.Ask(FilingDialogTexts.AskSubordinates)),
            FilingField.Destination => (PromptIds.Text, Text(FilingDialogTexts.AskDestination, FilingDialogTexts.ExampleDestination)),
            FilingField.Purpose => (PromptIds.Text, Text(FilingDialogTexts.AskPurpose, FilingDialogTexts.ExamplePurpose)),
            FilingField.ReturnDate => (PromptIds.Date, PromptOptions.Ask(
                FilingDialogTexts.AskReturn, FilingDialogTexts.ExampleDate,
                DatePrompt.Bounds(DatePreference.Future, draft.EventDate < today ? today : draft.EventDate, draft.EventDate.AddDays(DaysAhead)))),
            FilingField.Companions => (PromptIds.Text, Text(FilingDialogTexts.AskCompanions, FilingDialogTexts.ExampleCompanions)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    /// <summary>The draft with the recognized answer (a string, number, date or yes/no) put in its place.</summary>
    public static FilingDraft Apply(FilingField field, FilingDraft draft, object? answer) => field switch
    {
        FilingField.Subject => draft with { Subject = DomainNames.Subjects.First(s => s.Value == (string)answer!).Key },
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

    public static PromptOptions Choice(string text, IEnumerable<string> choices, string? title = null, IReadOnlyList<Fact>? facts = null) =>
        new() { Prompt = new OutboundMessage(text, title, facts), Choices = [.. choices] };

    public static PromptOptions Text(string text, string example) =>
        PromptOptions.Ask(text, example, new System.Text.Json.Nodes.JsonObject { ["maxLength"] = MaxTextLength });

    public static PromptOptions Number(string text, string example, int max) =>
        PromptOptions.Ask(text, example, new System.Text.Json.Nodes.JsonObject { ["min"] = 0, ["max"] = max });
}
