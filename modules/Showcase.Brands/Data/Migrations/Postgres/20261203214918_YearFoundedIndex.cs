using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Brands.Data.Migrations.Postgres
{
    /// <summary>
    /// An index on the working copies' founding year: the admin list's year filter lists the distinct years on every
    /// request, which scanned the whole table (5 ms at 10,000 brands). Written by hand: EF Core 10 cannot declare an
    /// index over a complex property's column, so the model does not know it (as with (CommunityCode, State)).
    /// </summary>
    public partial class YearFoundedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Brands_YearFounded",
                schema: "brands",
                table: "Brands",
                column: "YearFounded");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Brands_YearFounded",
                schema: "brands",
                table: "Brands");
        }
    }
}
