using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Showcase.Abstractions.Data;

/// <summary>
/// An entity's table and columns as its context's model and provider name them (a prefix on SQLite, a schema on
/// PostgreSQL), delimited for a plain SQL statement: for the few statements that are not LINQ (a start's first queries,
/// which LINQ would compile on the critical path, or an update computed from the row).
/// </summary>
public sealed class StoreNames
{
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _sql;

    private StoreNames(DbContext context, Type entity)
    {
        _entity = context.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in {context.GetType().Name}'s model.");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        _sql = context.GetService<ISqlGenerationHelper>();
        Table = _sql.DelimitIdentifier(_table.Name, _table.Schema);
    }

    /// <summary>The names of <typeparamref name="TEntity"/>'s table in <paramref name="context"/>.</summary>
    public static StoreNames Of<TEntity>(DbContext context) => new(context, typeof(TEntity));

    /// <summary>The table, with its schema where it has one.</summary>
    public string Table { get; }

    /// <summary>The column of <paramref name="property"/> (a property name: <c>nameof(Entity.Property)</c>).</summary>
    public string Column(string property) =>
        _sql.DelimitIdentifier((_entity.FindProperty(property) ?? throw new InvalidOperationException($"{_entity.DisplayName()} has no property {property}.")).GetColumnName(_table)!);
}
