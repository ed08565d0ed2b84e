using NodaTime;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Features.Shared;

/// <summary>A captioned list of acts, as the Oggi page and the calendar show them.</summary>
public sealed record TaskTable(string Id, string Caption, string Empty, IReadOnlyList<Adempimento> Tasks, Instant Now, LocalDate Today);
