using Scadenzario.Data.Tornate;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>The changes the partial <c>_Modifiche</c> shows; a national tornata lists the totals and the first enti.</summary>
public sealed record ChangesShown(TornataChanges Changes)
{
    /// <summary>Enti listed in full: a page of 7,900 comuni' tables helps nobody decide.</summary>
    public const int ListedEnti = 100;
}
