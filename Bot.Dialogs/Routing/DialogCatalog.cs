using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Routing;

/// <summary>Every top-level dialog, in menu order, and the keyword router over them. Made for each turn in the turn's
/// scope, like the dialogs it holds (they take the turn's domain services).</summary>
public sealed class DialogCatalog
{
    private readonly List<BotDialog> _dialogs;
    private readonly List<(string Keyword, BotDialog Dialog)> _keywords;

    public DialogCatalog(IEnumerable<BotDialog> dialogs)
    {
        _dialogs = [.. dialogs];
        Dialogs = new DialogSet(_dialogs);
        _keywords = [.. _dialogs.SelectMany(d => d.Keywords.Select(k => (k, d))).OrderByDescending(k => k.k.Length)];
    }

    /// <summary>The root dialog set every conversation runs on.</summary>
    public DialogSet Dialogs { get; }

    public IEnumerable<BotDialog> AvailableTo(Staff staff) => _dialogs.Where(d => d.IsAvailableTo(staff));

    public BotDialog? Find(string id) => _dialogs.FirstOrDefault(d => d.Id == id);

    /// <summary>The dialog a typed text names: the whole message is one of its keywords (a keyword inside a longer
    /// message, as in 取消备案, names nothing).</summary>
    public BotDialog? Match(string text, Staff staff)
    {
        var trimmed = text.Trim();
        return _keywords.FirstOrDefault(k => k.Keyword == trimmed && k.Dialog.IsAvailableTo(staff)).Dialog;
    }

    /// <summary>The dialog a typed text names, whoever may use it (to tell someone that a command is not his).</summary>
    public BotDialog? MatchForAnyone(string text)
    {
        var trimmed = text.Trim();
        return _keywords.FirstOrDefault(k => k.Keyword == trimmed).Dialog;
    }
}
