using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Showcase.Organizations.Services;

namespace Showcase.Organizations.Pages.Admin.Organizations;

/// <summary>The fields of the add and edit forms. Optional in binding: the editor decides what is missing.</summary>
public sealed class UnitForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>Puts each problem beside its field, in the reader's language.</summary>
    public static void ShowProblems(ModelStateDictionary modelState, IEnumerable<UnitProblem> problems, IStringLocalizer<OrganizationsText> text)
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError($"{nameof(CreateModel.Input)}.{problem.Field}", text[$"Problem_{problem.Kind}"]);
        }
    }
}
