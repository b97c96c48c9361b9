using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

public enum ConfirmOutcome
{
    Confirmed,
    AlreadyConfirmed,
    NotFound,
}
