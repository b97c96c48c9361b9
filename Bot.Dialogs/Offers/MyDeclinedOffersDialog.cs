using Lianzheng.Core.Messaging;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Offers;

/// <summary>我的登记: the member's own declined offers, newest first, each with what he recorded.</summary>
public sealed class MyDeclinedOffersDialog : BotDialog
{
    public const string DialogId = DialogIds.MyDeclinedOffers;
    private const string StepsId = DialogId + ".steps";
    private const int MaxListed = 10;

    private readonly DeclinedOfferService _offers;

    public MyDeclinedOffersDialog(DeclinedOfferService offers)
        : base(DialogId)
    {
        _offers = offers;
        AddDialog(new WaterfallDialog(StepsId, [ShowAsync]));
    }

    public override string Name => OfferDialogTexts.MineName;

    public override string HelpLine => OfferDialogTexts.MineHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [OfferDialogTexts.MineName, "拒收记录", "请托记录"];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext dc, CancellationToken cancellationToken)
    {
        var offers = await _offers.ListOwnAsync(dc.Turn.User.Id, cancellationToken);
        if (offers.Count == 0)
        {
            dc.Turn.Send(new OutboundMessage(OfferDialogTexts.MineNone, OfferDialogTexts.Title,
                Buttons: [new MessageButton(OfferDialogTexts.DeclineName, Actions.Start(DialogIds.DeclineOffer))]));
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.Turn.Send(new OutboundMessage(OfferDialogTexts.MineText(offers.Count), OfferDialogTexts.Title,
            [.. offers.Take(MaxListed).Select(o => new Fact(OfferTexts.Number(o),
                $"{DomainNames.Date(o.OfferedOn)} · {OfferTexts.Kinds[o.Kind]} · {o.OfferedBy} · {o.Description} · {OfferTexts.Handlings[o.Handling]}"))]));
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
