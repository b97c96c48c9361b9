using Lianzheng.Core.Personnel;

namespace Lianzheng.Dialogs.Engine;

/// <summary>A dialog people start themselves: from the menu, by a keyword, or with a button ("start:{id}[:{argument}]").
/// The argument, when there is one, reaches <see cref="Dialog.BeginAsync"/> as its options (a string).</summary>
public abstract class BotDialog(string id) : ComponentDialog(id)
{
    /// <summary>Its menu label and main keyword (备案、我的备案…).</summary>
    public abstract string Name { get; }

    /// <summary>What it does, one line for the help text.</summary>
    public abstract string HelpLine { get; }

    /// <summary>Words that start it when typed; the longest match wins.</summary>
    public virtual IReadOnlyList<string> Keywords => [Name];

    /// <summary>Whether the menu offers it as a button (the others start from a keyword or another dialog's button).</summary>
    public virtual bool InMenu => true;

    /// <summary>Whether the menu offers it to this person as its first button, ahead of the others (the menu shows only a
    /// few buttons, so what a role needs most comes first); such a dialog is in that person's menu whatever
    /// <see cref="InMenu"/> says.</summary>
    public virtual bool FirstInMenuFor(Staff staff) => false;

    public virtual bool IsAvailableTo(Staff staff) => true;

    /// <summary>The roles <see cref="IsAvailableTo"/> admits, when it admits by role (for the answer to someone else who
    /// types its name: “发送廉政提醒”仅限廉政监督员使用); null when its rule is not a list of roles.</summary>
    public virtual IReadOnlyList<StaffRole>? ReservedFor => null;
}
