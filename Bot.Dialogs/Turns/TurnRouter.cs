using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Routing;
using Lianzheng.Dialogs.Talks;
using Lianzheng.Dialogs.Understanding;

namespace Lianzheng.Dialogs.Turns;

/// <summary>Decides what one turn does: global commands (取消、帮助、菜单), confirmations, buttons that start dialogs,
/// an answer to the pending question, or a keyword that starts a dialog. A command is recognised only as the whole
/// message, and wins over the pending question unless that question offers the same words as an answer.</summary>
internal sealed class TurnRouter(DialogCatalog catalog, OutboxWriter outbox, SentenceReader sentences, StaffDirectory directory)
{
    public async Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (turn.Activity.Action is { Length: > 0 } action && !action.StartsWith(PromptActions.AnswerPrefix, StringComparison.Ordinal))
        {
            await RouteActionAsync(dc, action, cancellationToken);
            return;
        }

        // A command is the whole message: it wins over the open question unless that question offers it as an answer.
        var text = turn.Text ?? "";
        var open = dc.ActiveDialog is not null;
        if (open && text.Length > 0 && dc.ActiveOffers(text))
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
        else if (BotTexts.CancelWords.Contains(text))
        {
            Cancel(dc);
        }
        else if (BotTexts.HelpWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await HelpAsync(dc, cancellationToken);
        }
        else if (BotTexts.BackWords.Contains(text))
        {
            await GoBackAsync(dc, cancellationToken);
        }
        else if (BotTexts.MenuWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            turn.Send(Menu(turn.User));
            if (open)
            {
                turn.Send(BotTexts.DialogStillOpen);
            }
        }
        else if (catalog.Match(text, turn.User) is { } dialog)
        {
            if (open)
            {
                AskToSwitch(dc, dialog);
            }
            else
            {
                await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
            }
        }
        else if (!open && catalog.MatchForAnyone(text) is { } reserved)
        {
            // A command that is someone else's: whose it is, rather than 没听懂.
            turn.Send(new OutboundMessage(BotTexts.NotForYou(reserved.Name, reserved.ReservedFor), Buttons: [MenuButton]));
        }
        else if (!open && BotTexts.CancelWords.Any(w => text.StartsWith(w, StringComparison.Ordinal)))
        {
            // 取消备案, 退出登记… with nothing open: never a new dialog; where to withdraw what was filed. (With a dialog
            // open such a text is an answer: 取消婚宴了 may be the reason asked for.)
            Cancel(dc, withWithdrawHint: true);
        }
        else if (open)
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
        else if (turn.Activity.Action is not null)
        {
            turn.Send(new OutboundMessage(BotTexts.StaleButton, Buttons: [MenuButton]));
        }
        else if (text.Length == 0)
        {
            turn.Send(Menu(turn.User));
        }
        else if (await UnderstandAsync(dc, text, cancellationToken))
        {
            // A sentence that asks for a dialog (我儿子下个月12号结婚…): begun with what it already says.
        }
        else
        {
            turn.Send(Menu(turn.User) with { Text = BotTexts.NotUnderstood(Shorten(text)) });
        }
    }

    /// <summary>A sentence with nothing open: the dialog it asks for, begun with the answers it gives; false when it asks
    /// for none. A dialog that is not his is answered as a command that is not his.</summary>
    private async Task<bool> UnderstandAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var user = dc.Turn.User;
        var talks = user.HasRole(StaffRole.Leader) || user.HasRole(StaffRole.PartySecretary);
        IReadOnlyCollection<string> names = talks ? await directory.ActiveNamesAsync(cancellationToken) : [];
        if (sentences.Read(text, dc.Turn.Today, names) is not { } meaning)
        {
            return false;
        }

        var (dialogId, options) = meaning.Intent switch
        {
            SentenceIntent.Talk => (RecordTalkDialog.DialogId, (object?)meaning.Talk),
            // Which filing a change is about is asked by 修改备案 itself.
            SentenceIntent.Amend => (AmendFilingDialog.DialogId, null),
            // 我想报备: nothing said yet but the wish to file, so nothing to say back either.
            _ => (FileEventDialog.DialogId, meaning.Filing == new FilingPrefill() ? null : meaning.Filing),
        };
        var dialog = catalog.Find(dialogId)!;
        if (!dialog.IsAvailableTo(user))
        {
            dc.Turn.Send(new OutboundMessage(BotTexts.NotForYou(dialog.Name, dialog.ReservedFor), Buttons: [MenuButton]));
            return true;
        }

        await dc.BeginDialogAsync(dialogId, options, cancellationToken);
        return true;
    }

    /// <summary>上一步: the question before the pending one, asked again.</summary>
    private async Task GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null)
        {
            dc.Turn.Send(Menu(dc.Turn.User) with { Text = BotTexts.NothingToGoBackTo });
        }
        else if (!await dc.GoBackAsync(cancellationToken))
        {
            dc.Turn.Preface(BotTexts.AtFirstQuestion);
            await dc.RepromptAsync(cancellationToken);
        }
    }

    /// <summary>A command typed in the middle of a dialog: asks before the open one is abandoned.</summary>
    private void AskToSwitch(DialogContext dc, BotDialog requested)
    {
        var openName = catalog.Find(dc.Stack[0].Id)?.Name ?? requested.Name;
        dc.Turn.Send(new OutboundMessage(
            BotTexts.SwitchQuestion(openName, requested.Name),
            Buttons:
            [
                new MessageButton(BotTexts.SwitchLabel(requested.Name), Actions.Start(requested.Id)),
                new MessageButton(BotTexts.ContinueLabel(openName), Actions.Resume),
            ]));
    }

    private async Task RouteActionAsync(DialogContext dc, string action, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        switch (action)
        {
            case Actions.Cancel:
                Cancel(dc);
                return;
            case Actions.Help:
                await HelpAsync(dc, cancellationToken);
                return;
            case Actions.Menu:
                turn.Send(Menu(turn.User));
                if (dc.ActiveDialog is not null)
                {
                    turn.Send(BotTexts.DialogStillOpen);
                }

                return;
            case Actions.Resume:
                if (dc.ActiveDialog is null)
                {
                    turn.Send(Menu(turn.User));
                }
                else
                {
                    await dc.RepromptAsync(cancellationToken);
                }

                return;
        }

        if (Actions.TryParseMenuPage(action, out var page))
        {
            turn.Send(Menu(turn.User, page));
            return;
        }

        if (Actions.TryParseAcknowledge(action, out var messageId))
        {
            var outcome = await outbox.ConfirmAsync(messageId, turn.User.Id, cancellationToken);
            turn.Send(outcome switch
            {
                ConfirmOutcome.Confirmed => BotTexts.Acknowledged,
                ConfirmOutcome.AlreadyConfirmed => BotTexts.AlreadyAcknowledged,
                _ => BotTexts.StaleButton,
            });
            await dc.RepromptAsync(cancellationToken);
            return;
        }

        if (Actions.TryParseStart(action, out var dialogId, out var argument) && catalog.Find(dialogId) is { } dialog)
        {
            if (!dialog.IsAvailableTo(turn.User))
            {
                turn.Send(BotTexts.NotForYou(dialog.Name, dialog.ReservedFor));
                return;
            }

            if (dc.ActiveDialog is { } open && catalog.Find(open.Id) is { } abandoned)
            {
                turn.Send(BotTexts.Abandoned(abandoned.Name));
            }

            dc.CancelAllDialogs();
            await dc.BeginDialogAsync(dialog.Id, argument, cancellationToken);
            return;
        }

        turn.Send(new OutboundMessage(BotTexts.StaleButton, Buttons: [MenuButton]));
    }

    private static void Cancel(DialogContext dc, bool withWithdrawHint = false)
    {
        var wasOpen = dc.ActiveDialog is not null;
        dc.CancelAllDialogs();
        var text = wasOpen ? BotTexts.Cancelled : BotTexts.NothingToCancel + (withWithdrawHint ? BotTexts.WithdrawHint : "");
        dc.Turn.Send(new OutboundMessage(text, Buttons: [MenuButton]));
    }

    private async Task HelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var user = dc.Turn.User;
        var lines = catalog.AvailableTo(user).Select(d => $"• {d.Name}：{d.HelpLine}").ToList();
        if (user.HasRole(StaffRole.Leader))
        {
            lines.Add("• " + BotTexts.HelpLeader);
        }

        if (user.HasRole(StaffRole.IntegritySupervisor))
        {
            lines.Add("• " + BotTexts.HelpSupervisor);
        }

        var roles = string.Join("、", user.Roles.Select(r => r.Role).Order().Select(DomainNames.Of));
        var text = BotTexts.HelpIntro + "\n" + string.Join("\n", lines) + "\n" + BotTexts.HelpGlobal;
        dc.Turn.Send(new OutboundMessage(
            text,
            BotTexts.HelpTitle,
            roles.Length > 0 ? [new Fact("您的角色", roles)] : null,
            dc.ActiveDialog is null ? Menu(user).Buttons : null));
        await dc.RepromptAsync(cancellationToken);
    }

    /// <summary>The menu: every command as a button. More than fit on one message are grouped — the ones used most
    /// (those first for his role) with 更多… and 帮助, then pages of the others with 更多… and 常用 — on every channel,
    /// so that none is reachable only by typing; the first page lists them all in its text as well.</summary>
    private OutboundMessage Menu(Staff user, int page = 0)
    {
        var inMenu = MenuDialogs(user);
        if (inMenu.Count <= OutboundMessage.MaxButtons - 1)
        {
            return new OutboundMessage(BotTexts.MenuText(user.Name), BotTexts.MenuTitle,
                Buttons: [.. inMenu.Select(StartButton), new MessageButton(BotTexts.HelpLabel, Actions.Help)]);
        }

        var at = ButtonPage.Of(inMenu.Count, page);
        var shown = at.Items(inMenu).ToList();
        List<MessageButton> buttons = [.. shown.Select(StartButton)];
        if (at.HasNext)
        {
            buttons.Add(new MessageButton(BotTexts.MoreLabel, Actions.MenuPage(at.Number + 1)));
        }

        buttons.Add(at.HasPrevious ? new MessageButton(BotTexts.FrequentLabel, Actions.Menu) : new MessageButton(BotTexts.HelpLabel, Actions.Help));
        var text = at.HasPrevious
            ? BotTexts.MenuPageText(at.Number + 1, at.Count) + "\n" + string.Join("\n", shown.Select(d => $"• {d.Name}：{d.HelpLine}"))
            : BotTexts.MenuText(user.Name) + "\n" + string.Join("\n", inMenu.Select(d => $"• {d.Name}：{d.HelpLine}"));
        return new OutboundMessage(text, BotTexts.MenuTitle, Buttons: buttons);
    }

    private static MessageButton StartButton(BotDialog dialog) => new(dialog.Name, Actions.Start(dialog.Id));

    /// <summary>The menu's dialogs for this person: those first for his role, then the others in catalog order.</summary>
    private List<BotDialog> MenuDialogs(Staff user)
    {
        var available = catalog.AvailableTo(user).ToList();
        return [.. available.Where(d => d.FirstInMenuFor(user)), .. available.Where(d => d.InMenu && !d.FirstInMenuFor(user))];
    }

    private static readonly MessageButton MenuButton = new(BotTexts.MenuLabel, Actions.Menu);

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
