namespace Lianzheng.Dialogs.Engine;

/// <summary>The dialogs one context can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog>? dialogs = null)
    {
        foreach (var dialog in dialogs ?? [])
        {
            Add(dialog);
        }
    }

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
