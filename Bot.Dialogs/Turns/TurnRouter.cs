using System.Globalization;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Routing;
using Lianzheng.Dialogs.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Dialogs.Turns;

/// <summary>Decides what one turn does: global commands (取消、帮助、菜单), confirmations, buttons that start dialogs,
/// an answer to the pending question, or a keyword that starts a dialog.</summary>
internal sealed class TurnRouter(DialogCatalog catalog)
{
    public async Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        if (turn.Activity.Action is { Length: > 0 } action && !action.StartsWith(Prompt<string>.AnswerActionPrefix, StringComparison.Ordinal))
        {
            await RouteActionAsync(dc, action, cancellationToken);
            return;
        }

        var text = turn.Text ?? "";
        if (BotTexts.CancelWords.Contains(text))
        {
            Cancel(dc);
        }
        else if (BotTexts.HelpWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await HelpAsync(dc, cancellationToken);
        }
        else if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
        else if (turn.Activity.Action is not null)
        {
            turn.Send(new OutboundMessage(BotTexts.StaleButton, Buttons: [MenuButton]));
        }
        else if (BotTexts.MenuWords.Contains(text, StringComparer.OrdinalIgnoreCase) || text.Length == 0)
        {
            turn.Send(Menu(turn.User));
        }
        else if (catalog.Match(text, turn.User) is { } dialog)
        {
            await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }
        else
        {
            turn.Send(Menu(turn.User) with { Text = string.Format(CultureInfo.InvariantCulture, BotTexts.NotUnderstood, Shorten(text)) });
        }
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
        }

        if (Actions.TryParseAcknowledge(action, out var messageId))
        {
            var outcome = await turn.Services.GetRequiredService<Outbox>().ConfirmAsync(messageId, turn.User.Id, cancellationToken);
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
                turn.Send(string.Format(CultureInfo.InvariantCulture, BotTexts.NotForYou, dialog.Name));
                return;
            }

            if (dc.ActiveDialog is { } open && catalog.Find(open.Id) is { } abandoned)
            {
                turn.Send(string.Format(CultureInfo.InvariantCulture, BotTexts.Abandoned, abandoned.Name));
            }

            dc.CancelAllDialogs();
            await dc.BeginDialogAsync(dialog.Id, argument, cancellationToken);
            return;
        }

        turn.Send(new OutboundMessage(BotTexts.StaleButton, Buttons: [MenuButton]));
    }

    private static void Cancel(DialogContext dc)
    {
        var wasOpen = dc.ActiveDialog is not null;
        dc.CancelAllDialogs();
        dc.Turn.Send(new OutboundMessage(wasOpen ? BotTexts.Cancelled : BotTexts.NothingToCancel, Buttons: [MenuButton]));
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
            dc.ActiveDialog is null ? MenuButtons(user) : null));
        await dc.RepromptAsync(cancellationToken);
    }

    private OutboundMessage Menu(Staff user)
    {
        var text = string.Format(CultureInfo.InvariantCulture, BotTexts.MenuText, user.Name);
        var inMenu = catalog.AvailableTo(user).Where(d => d.InMenu).ToList();
        if (inMenu.Count > OutboundMessage.MaxButtons - 1)
        {
            text += "\n" + string.Join("\n", inMenu.Select(d => $"• {d.Name}：{d.HelpLine}"));
        }

        return new OutboundMessage(text, BotTexts.MenuTitle, Buttons: MenuButtons(user));
    }

    private List<MessageButton> MenuButtons(Staff user) =>
    [
        .. catalog.AvailableTo(user).Where(d => d.InMenu).Take(OutboundMessage.MaxButtons - 1)
            .Select(d => new MessageButton(d.Name, Actions.Start(d.Id))),
        new MessageButton(BotTexts.HelpLabel, Actions.Help),
    ];

    private static readonly MessageButton MenuButton = new(BotTexts.MenuLabel, Actions.Menu);

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
