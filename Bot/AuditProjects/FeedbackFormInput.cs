using System.Text;
using Lianzheng.Core.AuditProjects;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>What the 廉政回访 form posted, as typed (kept to show the form again), and its check against
/// <see cref="FeedbackAnswers"/>'s limits. Field names are the constants here; the page renders them.</summary>
internal sealed record FeedbackFormInput(
    string? SubmissionKey,
    IReadOnlyDictionary<FeedbackTopic, bool?> Choices,
    IReadOnlyDictionary<FeedbackTopic, string> Details,
    FeedbackRating? Rating,
    string Remarks,
    string Contact)
{
    public const string SubmissionField = "submission";

    /// <summary>The key of an error about the whole form, not one field.</summary>
    public const string FormField = "form";
    public const string RatingField = "rating";
    public const string RemarksField = "remarks";
    public const string ContactField = "contact";
    public const string YesValue = "yes";
    public const string NoValue = "no";

    public static string ChoiceField(FeedbackTopic topic) => "topic-" + topic;

    public static string DetailsField(FeedbackTopic topic) => "details-" + topic;

    public static readonly FeedbackFormInput Empty = new(null, new Dictionary<FeedbackTopic, bool?>(), new Dictionary<FeedbackTopic, string>(), null, "", "");

    public static FeedbackFormInput Read(IFormCollection form)
    {
        var topics = Enum.GetValues<FeedbackTopic>();
        return new FeedbackFormInput(
            Single(form, SubmissionField),
            topics.ToDictionary(t => t, t => Single(form, ChoiceField(t)) switch { YesValue => true, NoValue => (bool?)false, _ => null }),
            topics.ToDictionary(t => t, t => Clean(Single(form, DetailsField(t)))),
            Enum.GetValues<FeedbackRating>().Select(r => (FeedbackRating?)r).FirstOrDefault(r => r.ToString() == Single(form, RatingField)),
            Clean(Single(form, RemarksField)),
            Clean(Single(form, ContactField)).Replace('\n', ' '));
    }

    /// <summary>The answers, or the errors in Chinese by field name (then the answers are null).</summary>
    public (FeedbackAnswers? Answers, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>();
        var issues = new Dictionary<FeedbackTopic, string>();
        foreach (var topic in Enum.GetValues<FeedbackTopic>())
        {
            var details = Details.GetValueOrDefault(topic, "");
            switch (Choices.GetValueOrDefault(topic))
            {
                case null:
                    errors[ChoiceField(topic)] = FeedbackTexts.TopicUnanswered;
                    break;
                case true when details.Length == 0:
                    errors[DetailsField(topic)] = FeedbackTexts.DetailsRequired;
                    break;
                case true when details.Length > FeedbackAnswers.MaxDetailsLength:
                    errors[DetailsField(topic)] = FeedbackTexts.TooLong(FeedbackAnswers.MaxDetailsLength);
                    break;
                case true:
                    issues[topic] = details;
                    break;
                default:
                    break; // 无: whatever was typed in the box is not an answer.
            }
        }

        if (Rating is null)
        {
            errors[RatingField] = FeedbackTexts.RatingRequired;
        }

        if (Remarks.Length > FeedbackAnswers.MaxRemarksLength)
        {
            errors[RemarksField] = FeedbackTexts.TooLong(FeedbackAnswers.MaxRemarksLength);
        }

        if (Contact.Length > FeedbackAnswers.MaxContactLength)
        {
            errors[ContactField] = FeedbackTexts.TooLong(FeedbackAnswers.MaxContactLength);
        }

        return errors.Count > 0 || Rating is not { } rating
            ? (null, errors)
            : (new FeedbackAnswers(issues, rating, NullIfEmpty(Remarks), NullIfEmpty(Contact)), errors);
    }

    /// <summary>The field's value when it was sent once; a repeated field counts as not sent.</summary>
    private static string? Single(IFormCollection form, string field) =>
        form.TryGetValue(field, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>Line breaks as one \n (a browser sends \r\n; its maxlength counts one), no other control characters,
    /// no surrounding white space.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c == '\n' || c == '\t')
            {
                clean.Append(c == '\t' ? ' ' : c);
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
