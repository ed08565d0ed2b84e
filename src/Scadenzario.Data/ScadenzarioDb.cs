using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Model;

namespace Scadenzario.Data;

/// <summary>
/// EF Core over the schema that <c>migrations/*.sql</c> define (EF never creates or alters
/// tables here). Names follow the SQL: snake_case.
/// </summary>
public sealed class ScadenzarioDb(DbContextOptions<ScadenzarioDb> options) : DbContext(options)
{
    public DbSet<Prefettura> Prefetture => Set<Prefettura>();

    public DbSet<Ente> Enti => Set<Ente>();

    public DbSet<Tornata> Tornate => Set<Tornata>();

    public DbSet<TornataEnte> TornataEnti => Set<TornataEnte>();

    public DbSet<EnteEvent> EnteEvents => Set<EnteEvent>();

    public DbSet<Adempimento> Adempimenti => Set<Adempimento>();

    public DbSet<AdempimentoAudit> Audit => Set<AdempimentoAudit>();

    public DbSet<AdempimentoMove> Moves => Set<AdempimentoMove>();

    public static ScadenzarioDb Create(NpgsqlDataSource dataSource) =>
        new(new DbContextOptionsBuilder<ScadenzarioDb>()
            .UseNpgsql(dataSource, o => o.UseNodaTime())
            .UseSnakeCaseNamingConvention()
            .Options);

    /// <summary>A context over an open connection, joining <paramref name="transaction"/> when given: for a job that reads and writes in one transaction.</summary>
    public static ScadenzarioDb Create(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var db = new ScadenzarioDb(new DbContextOptionsBuilder<ScadenzarioDb>()
            .UseNpgsql(connection, o => o.UseNodaTime())
            .UseSnakeCaseNamingConvention()
            .Options);
        if (transaction is not null)
        {
            db.Database.UseTransaction(transaction);
        }

        return db;
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Prefettura>(e =>
        {
            e.ToTable("prefettura");
            e.HasKey(p => p.Code);
        });
        model.Entity<Ente>(e =>
        {
            e.ToTable("ente");
            e.HasKey(x => x.Code);
        });
        model.Entity<Tornata>(e =>
        {
            e.ToTable("tornata");
            e.Property(t => t.Id).UseIdentityAlwaysColumn();
            e.Property(t => t.VotingDays).HasColumnType("date[]").HasConversion(StoredTypes.VotingDays, StoredTypes.VotingDaysComparer);
            e.Property(t => t.Parameters).HasColumnName("parametri").HasColumnType("jsonb")
                .HasConversion(TornataParameters.Converter, TornataParameters.Comparer);
        });
        model.Entity<TornataEnte>(e =>
        {
            e.ToTable("tornata_ente");
            e.HasKey(t => new { t.TornataId, t.EnteCode });
            e.Property(t => t.Consultations).HasColumnType("text[]").HasConversion(StoredTypes.Consultations, StoredTypes.ConsultationsComparer);
        });
        model.Entity<EnteEvent>(e =>
        {
            e.ToTable("ente_event");
            e.HasKey(t => new { t.TornataId, t.EnteCode, t.Event });
        });
        model.Entity<Adempimento>(e =>
        {
            // Read through the view that joins each task to its rule's text (migrations/0026); written
            // to the table, which holds only what differs per ente. The rule's text is the
            // synchronizer's to write (RuleTexts): EF never inserts or updates it.
            e.ToTable("adempimento");
            e.ToView("adempimento_vista");
            e.Property(t => t.Id).UseIdentityAlwaysColumn();
            foreach (var text in new[] { nameof(Adempimento.Consultation), nameof(Adempimento.Title), nameof(Adempimento.Actor), nameof(Adempimento.Owner),
                nameof(Adempimento.Kind), nameof(Adempimento.LegalBasis), nameof(Adempimento.AssicurazionePrefetto), nameof(Adempimento.CalendarVersion) })
            {
                e.Property(text).Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
                e.Property(text).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
            }

            e.Property(t => t.RowVersion).IsConcurrencyToken();
            e.Property(t => t.Owner).HasConversion(owner => owner.Id(), id => ActorOwners.Parse(id));
            e.Property(t => t.Kind).HasConversion(kind => kind.Id(), id => RuleKinds.Parse(id));
            e.Property(t => t.Status).HasConversion(status => status.Id(), id => AdempimentoStatuses.Parse(id));
            e.Property(t => t.Consultation).HasConversion(StoredTypes.Consultation);
            e.Property(t => t.StartTime).HasConversion(StoredTypes.LawHour);
            e.Property(t => t.DueTime).HasConversion(StoredTypes.LawHour);
            e.Property(t => t.WaitingFor).HasConversion(StoredTypes.WaitingFor!);
        });
        model.Entity<AdempimentoAudit>(e =>
        {
            // Read with the creations recorded once per synchronisation (view adempimento_storia, 0026).
            e.ToTable("adempimento_audit");
            e.ToView("adempimento_storia");
            e.Property(t => t.Id).UseIdentityAlwaysColumn();
            e.Property(t => t.Details).HasColumnType("jsonb");
            e.Property(t => t.Action).HasConversion(action => action.Id(), id => AuditActions.Parse(id));
            e.Property(t => t.FromStatus).HasConversion(StoredTypes.Status);
            e.Property(t => t.ToStatus).HasConversion(StoredTypes.Status);
        });
        model.Entity<AdempimentoMove>(e =>
        {
            e.ToTable("adempimento_move");
            e.Property(t => t.Id).UseIdentityAlwaysColumn();
        });
    }
}
