using System.ComponentModel.DataAnnotations;

namespace Showcase.Core.Pages.Admin.Users;

/// <summary>The fields of a user that an administrator edits, on the create and edit pages.</summary>
public sealed class UserFieldsInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [StringLength(64, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[A-Za-z0-9._-]*$", ErrorMessage = "Validation.UnitCode")]
    [Display(Name = "Field.UnitCode")]
    public string? UnitCode { get; set; }

    [Display(Name = "Field.Roles")]
    public List<string> Roles { get; set; } = [];
}
