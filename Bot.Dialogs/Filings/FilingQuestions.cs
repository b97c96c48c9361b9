using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
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
    private const int MaxCars = 100;
    private const int MaxDocumentNumber = 32;

    public static (string PromptId, PromptOptions Options) Ask(FilingField field, FilingDraft draft, DateOnly today)
    {
        var latest = today.AddDays(DaysAhead);
        return field switch
        {
            FilingField.Subject => (PromptIds.Choice, ChoicePromptOptions.Ask(FilingDialogTexts.AskSubject, SubjectChoices)),
            // A funeral cannot be planned: it is filed after the fact too (逾期 beyond Filings:FuneralReportWithinDays, with a reason).
            FilingField.EventDate when draft.Kind == FilingKind.Funeral => (PromptIds.Date, DatePromptOptions.Ask(
                FilingDialogTexts.AskEventDate(DomainNames.Of(draft.Kind)), FilingDialogTexts.ExampleDate,
                DatePreference.Nearest, today.AddDays(-DaysAhead), latest)),
            FilingField.EventDate => (PromptIds.Date, DatePromptOptions.Ask(
                draft.IsTravel ? FilingDialogTexts.AskDeparture : FilingDialogTexts.AskEventDate(DomainNames.Of(draft.Kind)),
                FilingDialogTexts.ExampleDate,
                DatePreference.Future, today, draft.IsTravel && draft.EndDate is { } end && end < latest ? end : latest)),
            FilingField.Place => (PromptIds.Text, Text(FilingDialogTexts.AskPlace, FilingDialogTexts.ExamplePlace)),
            FilingField.ExpectedTables => (PromptIds.Number, Number(FilingDialogTexts.AskTables, FilingDialogTexts.ExampleTables, MaxTables, "桌")),
            FilingField.ExpectedGuests => (PromptIds.Number, Number(FilingDialogTexts.AskGuests, FilingDialogTexts.ExampleGuests, MaxGuests, "人") with
            {
                QueryBelow = draft.ExpectedTables,
                QueryBelowWhat = draft.ExpectedTables is { } tables ? FilingDialogTexts.TablesFigure(tables) : null,
            }),
            FilingField.InvitesManagedObjects => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskManagedObjects)),
            FilingField.InvitesSubordinates => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskSubordinates)),
            FilingField.Destination => (PromptIds.Text, Text(FilingDialogTexts.AskDestination, FilingDialogTexts.ExampleDestination)),
            FilingField.Purpose => (PromptIds.Text, Text(FilingDialogTexts.AskPurpose, FilingDialogTexts.ExamplePurpose)),
            FilingField.ReturnDate => (PromptIds.Date, DatePromptOptions.Ask(
                FilingDialogTexts.AskReturn, FilingDialogTexts.ExampleDate,
                DatePreference.Future, draft.EventDate < today ? today : draft.EventDate, draft.EventDate.AddDays(DaysAhead))),
            FilingField.Companions => (PromptIds.Text, Text(FilingDialogTexts.AskCompanions, FilingDialogTexts.ExampleCompanions)),
            FilingField.CelebrationKind => (PromptIds.Text, Text(FilingDialogTexts.AskCelebration, FilingDialogTexts.CelebrationKinds[0]) with
            {
                Suggestions = FilingDialogTexts.CelebrationKinds,
            }),
            FilingField.HeldJointly => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskJointly)),
            FilingField.Cars => (PromptIds.Number, Number(FilingDialogTexts.AskCars(draft.Kind == FilingKind.Wedding), FilingDialogTexts.ExampleCars, MaxCars, "辆")),
            FilingField.OfficialCars => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskOfficialCars)),
            FilingField.ScaleReason => (PromptIds.Text, Text(FilingDialogTexts.AskScaleReason(draft.ExpectedTables ?? 0, draft.ExpectedGuests ?? 0),
                FilingDialogTexts.ExampleScaleReason)),
            FilingField.LateReason => (PromptIds.Text, Text(draft.Kind == FilingKind.Funeral ? FilingDialogTexts.AskFuneralLateReason : FilingDialogTexts.AskLateReason,
                FilingDialogTexts.ExampleLateReason)),
            FilingField.DocumentType => (PromptIds.Choice, ChoicePromptOptions.Ask(FilingDialogTexts.AskDocumentType,
                DomainNames.DocumentTypes.Select(d => Choice.Of(d.Key, d.Value)))),
            FilingField.DocumentNumber => (PromptIds.Text, TextPromptOptions.Ask(FilingDialogTexts.AskDocumentNumber, FilingDialogTexts.ExampleDocumentNumber, MaxDocumentNumber)),
            FilingField.Transit => (PromptIds.Text, Text(FilingDialogTexts.AskTransit, FilingDialogTexts.ExampleTransit)),
            FilingField.FundingSource => (PromptIds.Text, Text(FilingDialogTexts.AskFunding, FilingDialogTexts.FundingSources[0]) with
            {
                Suggestions = FilingDialogTexts.FundingSources,
            }),
            FilingField.SecretPost => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskSecretPost)),
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
        FilingField.CelebrationKind => draft with { CelebrationKind = (string)answer! },
        FilingField.HeldJointly => draft with { HeldJointly = (bool)answer! },
        FilingField.Cars => draft with { Cars = (int)answer!, OfficialCars = (int)answer! == 0 ? null : draft.OfficialCars },
        FilingField.OfficialCars => draft with { OfficialCars = (bool)answer! },
        FilingField.ScaleReason => draft with { ScaleReason = (string)answer! },
        FilingField.LateReason => draft with { LateReason = (string)answer! },
        FilingField.DocumentType => draft with { DocumentType = ((FoundChoice)answer!).As<TravelDocumentType>() },
        FilingField.DocumentNumber => draft with { DocumentNumber = ((string)answer!).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() },
        FilingField.Transit => draft with { Transit = NothingToNull((string)answer!) },
        FilingField.FundingSource => draft with { FundingSource = (string)answer! },
        FilingField.SecretPost => draft with { SecretPost = (bool)answer! },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The draft with what a sentence already answered (<see cref="FilingPrefill"/>), each answer kept only if
    /// its question would take it (a date in the range it allows, a count within its bounds, guests no fewer than the
    /// tables); the fields so answered are not asked again. Says what it kept, for the echo before the first question.</summary>
    public static (FilingDraft Draft, IReadOnlyList<FilingField> Answered, IReadOnlyList<string> Said) Prefill(
        FilingDraft draft, FilingPrefill prefill, DateOnly today)
    {
        var answered = new List<FilingField>();
        var said = new List<string>();
        void Take(FilingField field, string shown)
        {
            answered.Add(field);
            said.Add(shown);
        }

        var earliest = draft.Kind == FilingKind.Funeral ? today.AddDays(-DaysAhead) : today;
        if (prefill.Date is { } date && date >= earliest && date <= today.AddDays(DaysAhead))
        {
            draft = draft with { EventDate = date };
            Take(FilingField.EventDate, LunarDates.Describe(date, prefill.DateFromLunar));
            if (draft.IsTravel && prefill.EndDate is { } end && end >= date && end <= date.AddDays(DaysAhead))
            {
                draft = draft with { EndDate = end };
                Take(FilingField.ReturnDate, FilingDialogTexts.ReturnOn(LunarDates.Describe(end, false)));
            }
        }

        if (!draft.IsTravel && prefill.Place is { Length: <= MaxTextLength } place)
        {
            draft = draft with { Place = place };
            Take(FilingField.Place, place);
        }

        if (!draft.IsTravel && prefill.Tables is { } tables and >= 0 and <= MaxTables)
        {
            draft = draft with { ExpectedTables = tables };
            Take(FilingField.ExpectedTables, $"{tables}桌");
        }

        if (!draft.IsTravel && prefill.Guests is { } guests and >= 0 and <= MaxGuests && (draft.ExpectedTables is not { } t || guests >= t))
        {
            draft = draft with { ExpectedGuests = guests };
            Take(FilingField.ExpectedGuests, $"{guests}人");
        }

        if (draft.IsTravel && prefill.Destination is { Length: <= MaxTextLength } destination)
        {
            draft = draft with { Destination = destination };
            Take(FilingField.Destination, destination);
        }

        if (draft.IsTravel && prefill.Purpose is { Length: <= MaxTextLength } purpose)
        {
            draft = draft with { Purpose = purpose };
            Take(FilingField.Purpose, purpose);
        }

        return (draft, answered, said);
    }

    /// <summary>The fields one can amend, the subject first for banquets.</summary>
    public static IReadOnlyList<FilingField> Amendable(FilingDraft draft) =>
        draft.IsTravel ? FilingFields.Of(draft) : [FilingField.Subject, .. FilingFields.Of(draft)];

    public static string? NothingToNull(string text) => FilingDialogTexts.NothingWords.Contains(text.Trim()) ? null : text.Trim();

    public static IReadOnlyList<Choice> KindChoices => [.. DomainNames.FilingKinds.Select(k => Choice.Of(k.Key, k.Value, FilingWords.Kinds[k.Key]))];

    public static IReadOnlyList<Choice> SubjectChoices => [.. DomainNames.Subjects.Select(s => Choice.Of(s.Key, s.Value, FilingWords.Subjects[s.Key]))];

    /// <summary>The fields of a draft one can change, as choices.</summary>
    public static IEnumerable<Choice> FieldChoices(FilingDraft draft) =>
        Amendable(draft).Select(f => Choice.Of(f, FilingTexts.FieldName(f, draft.IsTravel)));

    public static TextPromptOptions Text(string text, string example) => TextPromptOptions.Ask(text, example, MaxTextLength);

    public static NumberPromptOptions Number(string text, string example, int max, string unit) => NumberPromptOptions.Ask(text, example, 0, max, unit);
}
