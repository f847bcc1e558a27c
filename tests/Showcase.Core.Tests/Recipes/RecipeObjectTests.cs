using System.Text.Json;
using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Recipes;

namespace Showcase.Core.Tests.Recipes;

public sealed class RecipeObjectTests
{
    private enum Method
    {
        TrimmedMean,
        PublicNotice,
    }

    private static T Read<T>(string json, Func<RecipeObject, T> read)
    {
        using var document = JsonDocument.Parse(json);
        return RecipeObject.Read(document.RootElement.Clone(), "$.steps[4]", read);
    }

    private static RecipeException Fails(string json, Func<RecipeObject, object?> read) =>
        Should.Throw<RecipeException>(() => Read(json, read));

    [Fact]
    public void Reads_typed_values_and_nested_arrays()
    {
        var result = Read("""
            { "code": "GC", "year": 2021, "weight": 0.5, "live": true, "tags": ["a", "b"],
              "at": "2021-03-01T09:00:00+08:00", "units": [ { "code": "A" }, { "code": "B" } ] }
            """, o => new
        {
            Code = o.RequiredString("code"),
            Year = o.RequiredInt("year"),
            Weight = o.RequiredDecimal("weight"),
            Live = o.OptionalBool("live"),
            Tags = o.OptionalStrings("tags"),
            At = o.RequiredTime("at"),
            Units = o.RequiredArray("units", u => u.RequiredString("code")),
            Missing = o.OptionalString("comment"),
        });

        result.Code.ShouldBe("GC");
        result.Year.ShouldBe(2021);
        result.Weight.ShouldBe(0.5m);
        result.Live.ShouldBe(true);
        result.Tags.ShouldBe(["a", "b"]);
        result.At.ShouldBe(new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        result.Units.ShouldBe(["A", "B"]);
        result.Missing.ShouldBeNull();
    }

    [Fact]
    public void A_field_nobody_reads_is_an_error_with_its_path()
    {
        var error = Fails("""{ "units": [ { "code": "A" }, { "code": "B", "colour": "red" } ] }""",
            o => o.RequiredArray("units", u => u.RequiredString("code")));

        error.Path.ShouldBe("$.steps[4].units[1].colour");
        error.Message.ShouldBe("$.steps[4].units[1].colour: unknown field; expected one of: code");
    }

    [Fact]
    public void A_missing_required_field_is_named_by_its_path()
    {
        var error = Fails("""{ "units": [ { "name": "x" } ] }""",
            o => o.RequiredArray("units", u => new { Code = u.RequiredString("code"), Name = u.OptionalString("name") }));

        error.Path.ShouldBe("$.steps[4].units[0].code");
        error.Reason.ShouldBe("is required");
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_what_was_expected_and_what_was_found()
    {
        Fails("""{ "year": "2021" }""", o => o.RequiredInt("year")).Reason.ShouldBe("must be a whole number, not the string \"2021\"");
        Fails("""{ "units": {} }""", o => o.RequiredArray("units", u => 1)).Reason.ShouldBe("must be an array, not an object");
        Fails("""{ "tags": ["a", 3] }""", o => o.OptionalStrings("tags")).Path.ShouldBe("$.steps[4].tags[1]");
        Fails("""{ "units": [ "A" ] }""", o => o.RequiredArray("units", u => 1)).Message.ShouldBe("$.steps[4].units[0]: must be an object, not the string \"A\"");
    }

    [Fact]
    public void A_property_given_twice_is_an_error()
    {
        Fails("""{ "code": "A", "code": "B" }""", o => o.RequiredString("code")).Message.ShouldBe("$.steps[4].code: is given twice");
    }

    [Fact]
    public void Empty_required_text_and_too_long_text_are_errors()
    {
        Fails("""{ "name": "  " }""", o => o.RequiredString("name")).Reason.ShouldBe("must not be empty");
        Fails("""{ "name": "abcdef" }""", o => o.RequiredString("name", maxLength: 5)).Reason.ShouldBe("is longer than 5 characters");
    }

    [Fact]
    public void Enums_accept_the_usual_spellings_and_list_the_choices_otherwise()
    {
        Read("""{ "m": "trimmed-mean" }""", o => o.RequiredEnum<Method>("m")).ShouldBe(Method.TrimmedMean);
        Read("""{ "m": "PUBLIC_NOTICE" }""", o => o.RequiredEnum<Method>("m")).ShouldBe(Method.PublicNotice);

        Fails("""{ "m": "median" }""", o => o.RequiredEnum<Method>("m")).Reason.ShouldBe("'median' is not one of trimmed-mean, public-notice");
    }

    [Fact]
    public void A_time_without_an_offset_is_refused()
    {
        Fails("""{ "at": "2021-03-01T09:00:00" }""", o => o.RequiredTime("at")).Reason.ShouldStartWith("'2021-03-01T09:00:00' is not a time with an offset");
    }

    [Fact]
    public void Number_maps_keep_file_order_and_check_each_value()
    {
        Read("""{ "criteria": { "innovation": 36.5, "effect": 35 } }""", o => o.RequiredNumberMap("criteria"))
            .ShouldBe([KeyValuePair.Create("innovation", 36.5m), KeyValuePair.Create("effect", 35m)]);

        Fails("""{ "criteria": { "innovation": "high" } }""", o => o.RequiredNumberMap("criteria")).Path.ShouldBe("$.steps[4].criteria.innovation");
    }

    [Fact]
    public void Names_that_are_not_identifiers_are_quoted_in_paths()
    {
        Fails("""{ "first name": 1 }""", o => 0).Path.ShouldBe("$.steps[4]['first name']");
    }
}
