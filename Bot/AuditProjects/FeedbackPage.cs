using System.Net;
using System.Text;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Texts;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>The HTML of the 廉政回访 pages: server-rendered, no script, inline CSS for a phone's width, everything from
/// the outside HTML-encoded.</summary>
internal static class FeedbackPage
{
    private const string Style = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#f4f5f7;color:#1f2328;overflow-wrap:anywhere;
          font:17px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif}
        main{max-width:640px;margin:0 auto;padding:12px}
        header{background:#a61b1b;color:#fff;border-radius:12px;padding:16px;margin-bottom:12px}
        header p{margin:0}
        h1{margin:2px 0 4px;font-size:24px;line-height:1.3}
        .card,fieldset{background:#fff;border:1px solid #dde1e6;border-radius:12px;padding:14px;margin:0 0 12px;min-width:0}
        legend{float:left;width:100%;padding:0;margin:0 0 6px;font-weight:bold;font-size:18px}
        legend+*{clear:both}
        .q{margin:0 0 10px}
        .choices{display:flex;gap:10px}
        .choice{flex:1;display:flex;align-items:center;gap:10px;min-height:50px;padding:8px 14px;border:1px solid #c4cad1;border-radius:10px;cursor:pointer}
        .choices .choice{justify-content:center;font-size:19px}
        .ratings{display:flex;flex-direction:column;gap:10px}
        .choice input{width:24px;height:24px;margin:0;flex:none;accent-color:#a61b1b}
        .choice:has(input:checked){border-color:#a61b1b;background:#fdecea}
        label.hint{display:block;font-size:15px;color:#57606a;margin:12px 0 4px}
        textarea,input[type=text]{display:block;width:100%;font:inherit;padding:10px;border:1px solid #c4cad1;border-radius:8px;min-height:50px;background:#fff;color:inherit}
        textarea{resize:vertical}
        .invalid,[aria-invalid=true]{border-color:#a61b1b;border-width:2px}
        .error{color:#a61b1b;font-weight:bold;margin:8px 0 0}
        .summary{background:#fdecea;border-color:#a61b1b;color:#a61b1b;font-weight:bold}
        .note{font-size:15px;color:#57606a}
        button{display:block;width:100%;min-height:54px;font:inherit;font-size:19px;font-weight:bold;background:#a61b1b;color:#fff;border:0;border-radius:12px;cursor:pointer}
        a{color:#0b57d0}
        a.button{display:block;text-align:center;padding:12px;border:1px solid #0b57d0;border-radius:12px;text-decoration:none;min-height:50px}
        """;

    public static string Form(FeedbackForm form, string tokenField, string token, string submissionKey,
        FeedbackFormInput input, IReadOnlyDictionary<string, string> errors)
    {
        var body = new StringBuilder();
        body.Append("<header><p>").Append(E(form.Bureau)).Append("</p><h1>").Append(FeedbackTexts.Title).Append("</h1><p>")
            .Append(E(FeedbackTexts.ProjectLine(form.Project ?? ""))).Append("</p></header>");
        body.Append("<section class=\"card\"><p>").Append(E(FeedbackTexts.Intro)).Append("</p>");
        if (form.OpenUntil is { } until)
        {
            body.Append("<p><strong>").Append(E(FeedbackTexts.OpenUntil(DomainNames.Date(until)))).Append("</strong></p>");
        }

        body.Append("<p class=\"note\">").Append(E(FeedbackTexts.Recipient(form.Bureau))).Append("</p>");
        AppendPhone(body, form.ReportingPhone, FeedbackTexts.Phone);
        body.Append("</section>");

        body.Append("<form method=\"post\" accept-charset=\"utf-8\">");
        body.Append(Hidden(tokenField, token)).Append(Hidden(FeedbackFormInput.SubmissionField, submissionKey));
        if (errors.Count > 0)
        {
            var summary = errors.TryGetValue(FeedbackFormInput.FormField, out var general) ? general : FeedbackTexts.ErrorSummary;
            body.Append("<p class=\"card summary\" role=\"alert\">").Append(E(summary)).Append("</p>");
        }

        var number = 0;
        foreach (var topic in Enum.GetValues<FeedbackTopic>())
        {
            AppendTopic(body, ++number, topic, input, errors);
        }

        AppendRating(body, input, errors);
        AppendText(body, FeedbackFormInput.RemarksField, FeedbackTexts.RemarksLabel, null, input.Remarks, FeedbackAnswers.MaxRemarksLength, errors, multiline: true);
        AppendText(body, FeedbackFormInput.ContactField, FeedbackTexts.ContactLabel, FeedbackTexts.ContactHint, input.Contact,
            FeedbackAnswers.MaxContactLength, errors, multiline: false);
        body.Append("<button type=\"submit\">").Append(FeedbackTexts.Submit).Append("</button></form>");
        return Document(FeedbackTexts.Title, form.Bureau, body.ToString());
    }

    public static string Thanks(string bureau, string phone)
    {
        var body = new StringBuilder();
        body.Append("<section class=\"card\"><p><strong>").Append(FeedbackTexts.Thanks).Append("</strong></p><p>")
            .Append(E(FeedbackTexts.ThanksRecipient(bureau))).Append("</p>");
        AppendPhone(body, phone, FeedbackTexts.Phone);
        body.Append("</section>");
        return Page(bureau, FeedbackTexts.ThanksTitle, body.ToString());
    }

    /// <summary>A page that only says something: not found, closed, expired, too large, too many.</summary>
    public static string Message(string bureau, string title, string text, string? phoneLine = null, string? link = null)
    {
        var body = new StringBuilder();
        body.Append("<section class=\"card\"><p><strong>").Append(E(text)).Append("</strong></p>");
        if (phoneLine is not null)
        {
            body.Append("<p>").Append(E(phoneLine)).Append("</p>");
        }

        body.Append("</section>");
        if (link is not null)
        {
            body.Append("<p><a class=\"button\" href=\"").Append(E(link)).Append("\">").Append(FeedbackTexts.Reopen).Append("</a></p>");
        }

        return Page(bureau, title, body.ToString());
    }

    private static string Page(string bureau, string title, string card) =>
        Document(title, bureau, $"<header><p>{E(bureau)}</p><h1>{FeedbackTexts.Title}</h1><p>{E(title)}</p></header>{card}");

    private static void AppendTopic(StringBuilder body, int number, FeedbackTopic topic, FeedbackFormInput input, IReadOnlyDictionary<string, string> errors)
    {
        var choiceField = FeedbackFormInput.ChoiceField(topic);
        var detailsField = FeedbackFormInput.DetailsField(topic);
        var choice = input.Choices.GetValueOrDefault(topic);
        body.Append("<fieldset id=\"").Append(choiceField).Append("\"><legend>").Append(number).Append(". ")
            .Append(E(AuditProjectTexts.TopicName(topic))).Append("</legend>");
        body.Append("<p class=\"q\">").Append(E(AuditProjectTexts.TopicQuestion(topic))).Append("</p><div class=\"choices\">");
        AppendRadio(body, choiceField, FeedbackFormInput.YesValue, FeedbackTexts.Yes, choice == true, errors.ContainsKey(choiceField));
        AppendRadio(body, choiceField, FeedbackFormInput.NoValue, FeedbackTexts.No, choice == false, errors.ContainsKey(choiceField));
        body.Append("</div>");
        AppendError(body, choiceField, errors);
        AppendText(body, detailsField, FeedbackTexts.DetailsLabel, null, input.Details.GetValueOrDefault(topic, ""), FeedbackAnswers.MaxDetailsLength,
            errors, multiline: true, card: false);
        body.Append("</fieldset>");
    }

    private static void AppendRating(StringBuilder body, FeedbackFormInput input, IReadOnlyDictionary<string, string> errors)
    {
        var field = FeedbackFormInput.RatingField;
        body.Append("<fieldset id=\"").Append(field).Append("\"><legend>").Append(FeedbackTexts.RatingLegend).Append("</legend><div class=\"ratings\">");
        foreach (var rating in Enum.GetValues<FeedbackRating>())
        {
            AppendRadio(body, field, rating.ToString(), AuditProjectTexts.RatingName(rating), input.Rating == rating, errors.ContainsKey(field));
        }

        body.Append("</div>");
        AppendError(body, field, errors);
        body.Append("</fieldset>");
    }

    private static void AppendRadio(StringBuilder body, string field, string value, string label, bool isChecked, bool invalid)
    {
        body.Append("<label class=\"choice").Append(invalid ? " invalid" : "").Append("\"><input type=\"radio\" required name=\"").Append(field)
            .Append("\" value=\"").Append(E(value)).Append('"').Append(isChecked ? " checked" : "").Append("><span>").Append(E(label)).Append("</span></label>");
    }

    private static void AppendText(StringBuilder body, string field, string label, string? hint, string value, int maxLength,
        IReadOnlyDictionary<string, string> errors, bool multiline, bool card = true)
    {
        var invalid = errors.ContainsKey(field);
        body.Append(card ? "<section class=\"card\">" : "");
        body.Append("<label class=\"hint\" for=\"").Append(field).Append("\">").Append(E(label)).Append('（').Append(E(FeedbackTexts.MaxLength(maxLength)))
            .Append("）</label>");
        if (hint is not null)
        {
            body.Append("<p class=\"note\">").Append(E(hint)).Append("</p>");
        }

        var attributes = $" id=\"{field}\" name=\"{field}\" maxlength=\"{maxLength}\"" + (invalid ? $" aria-invalid=\"true\" aria-describedby=\"{field}-error\"" : "");
        body.Append(multiline
            ? $"<textarea rows=\"3\"{attributes}>{E(value)}</textarea>"
            : $"<input type=\"text\" autocomplete=\"off\"{attributes} value=\"{E(value)}\">");
        AppendError(body, field, errors);
        body.Append(card ? "</section>" : "");
    }

    private static void AppendError(StringBuilder body, string field, IReadOnlyDictionary<string, string> errors)
    {
        if (errors.TryGetValue(field, out var error))
        {
            body.Append("<p class=\"error\" id=\"").Append(field).Append("-error\">").Append(E(error)).Append("</p>");
        }
    }

    private static void AppendPhone(StringBuilder body, string phone, Func<string, string> line)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var dial = new string([.. phone.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).Where(c => char.IsAsciiDigit(c) || c == '+')]);
            body.Append("<p><a href=\"tel:").Append(E(dial)).Append("\">").Append(E(line(phone.Trim()))).Append("</a></p>");
        }
    }

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    private static string Document(string title, string bureau, string body) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="no-referrer">
        <link rel="icon" href="data:,">
        <title>{E(title)} · {E(bureau)}</title>
        <style>{Style}</style>
        </head>
        <body><main>{body}</main></body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
