using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Organizations.Data;
using Showcase.Organizations.Models;

namespace Showcase.Organizations.Services;

/// <summary>What is wrong with one field of a unit being added or edited; the admin pages show it beside the field.</summary>
public sealed record UnitProblem(string Field, UnitProblemKind Kind);

public enum UnitProblemKind
{
    Required,
    CodeFormat,
    CodeTaken,
    NameTooLong,
    ParentNotFound,
    ParentWrongKind,
    UnitNotFound,
}

/// <summary>
/// Adds and edits single units from the admin screens, with the tree's rules: each change is one command that
/// audits it and tells other modules (<see cref="OrganizationUnitsChanged"/>).
/// </summary>
public sealed class OrganizationEditor(OrganizationsDbContext db, IUnitOfWork unitOfWork, IAuditLog auditLog)
{
    public const string CodeField = "Code";
    public const string NameField = "Name";
    public const string ParentField = "ParentCode";

    /// <summary>Adds a unit of <paramref name="kind"/> under <paramref name="parentCode"/> (null for a city).</summary>
    /// <returns>the problems; empty when the unit was added.</returns>
    public Task<IReadOnlyList<UnitProblem>> AddAsync(string code, string name, UnitKind kind, string? parentCode, string actor, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(ct => AddUnitAsync(code, name, kind, parentCode, actor, ct), cancellationToken);

    private async Task<IReadOnlyList<UnitProblem>> AddUnitAsync(string code, string name, UnitKind kind, string? parentCode, string actor, CancellationToken cancellationToken)
    {
        code = code.Trim();
        name = name.Trim();
        var problems = CheckName(name);
        if (code.Length == 0)
        {
            problems.Add(new UnitProblem(CodeField, UnitProblemKind.Required));
        }
        else if (!UnitCode.IsValid(code))
        {
            problems.Add(new UnitProblem(CodeField, UnitProblemKind.CodeFormat));
        }
        else if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
        {
            problems.Add(new UnitProblem(CodeField, UnitProblemKind.CodeTaken));
        }

        problems.AddRange(await CheckParentAsync(kind, parentCode, cancellationToken));
        if (problems.Count > 0)
        {
            return problems;
        }

        db.Units.Add(new OrganizationUnit { Code = code, Name = name, Kind = kind, ParentCode = parentCode ?? "" });
        await auditLog.WriteAsync(actor, "organizations.unit.added", code, $"{kind} {name} under {parentCode ?? "(none)"}", cancellationToken);
        unitOfWork.Raise(new OrganizationUnitsChanged([code], Added: [code]));
        return [];
    }

    /// <summary>Renames a unit and/or moves it under another parent of the right kind. Its code and kind stay.</summary>
    /// <returns>the problems; empty when the unit was saved.</returns>
    public Task<IReadOnlyList<UnitProblem>> UpdateAsync(string code, string name, string? parentCode, string actor, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(ct => UpdateUnitAsync(code, name, parentCode, actor, ct), cancellationToken);

    private async Task<IReadOnlyList<UnitProblem>> UpdateUnitAsync(string code, string name, string? parentCode, string actor, CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            return [new UnitProblem(CodeField, UnitProblemKind.UnitNotFound)];
        }

        name = name.Trim();
        var problems = CheckName(name);
        problems.AddRange(await CheckParentAsync(unit.Kind, parentCode, cancellationToken));
        if (problems.Count > 0)
        {
            return problems;
        }

        var before = $"{unit.Name} under {NoneIfEmpty(unit.ParentCode)}";
        unit.Name = name;
        unit.ParentCode = parentCode ?? "";
        if (db.ChangeTracker.HasChanges())
        {
            await auditLog.WriteAsync(actor, "organizations.unit.updated", code, $"{before} -> {name} under {NoneIfEmpty(unit.ParentCode)}", cancellationToken);
            unitOfWork.Raise(new OrganizationUnitsChanged([code]));
        }

        return [];
    }

    private static List<UnitProblem> CheckName(string name) => name.Length switch
    {
        0 => [new UnitProblem(NameField, UnitProblemKind.Required)],
        > UnitKindHierarchy.MaxNameLength => [new UnitProblem(NameField, UnitProblemKind.NameTooLong)],
        _ => [],
    };

    private async Task<IEnumerable<UnitProblem>> CheckParentAsync(UnitKind kind, string? parentCode, CancellationToken cancellationToken)
    {
        var wanted = kind.ParentKind();
        if (string.IsNullOrEmpty(parentCode))
        {
            return wanted is null ? [] : [new UnitProblem(ParentField, UnitProblemKind.Required)];
        }

        var parent = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == parentCode, cancellationToken);
        if (parent is null)
        {
            return [new UnitProblem(ParentField, UnitProblemKind.ParentNotFound)];
        }

        return parent.Kind == wanted ? [] : [new UnitProblem(ParentField, UnitProblemKind.ParentWrongKind)];
    }

    private static string NoneIfEmpty(string code) => code.Length == 0 ? "(none)" : code;
}
