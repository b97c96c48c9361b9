using Lianzheng.Core.Messaging;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Travel;

/// <summary>The custodian's dialogs are for the custodian (or, while nobody holds that role, the integrity supervisor):
/// anyone else is told so, in Chinese, and the dialog ends.</summary>
internal static class CustodianGate
{
    public static async Task<bool> RefusedAsync(WaterfallStepContext step, TravelCustodyService custody, string feature, CancellationToken cancellationToken)
    {
        if (await custody.IsCustodianAsync(step.Turn.User, cancellationToken))
        {
            return false;
        }

        step.Turn.Send(new OutboundMessage(
            CustodyDialogTexts.NotCustodian(feature, await custody.CustodianNamesAsync(cancellationToken)), CustodyDialogTexts.Title));
        return true;
    }
}
