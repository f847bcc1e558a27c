using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Brands.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Brand_Brands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slogan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Practices = table.Column<string>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    CoverMediaId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Gallery = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    YearFounded = table.Column<int>(type: "INTEGER", nullable: true),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishAtUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IsLive = table.Column<bool>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brand_Brands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Brand_Media",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceFormat = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceLength = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brand_Media", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Brand_Published",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slogan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Practices = table.Column<string>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    CoverMediaId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Gallery = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    YearFounded = table.Column<int>(type: "INTEGER", nullable: true),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brand_Published", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Brand_PublishedTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublishedBrandId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Brand_PublishedTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Brand_PublishedTags_Brand_Published_PublishedBrandId",
                        column: x => x.PublishedBrandId,
                        principalTable: "Brand_Published",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Brands_Code",
                table: "Brand_Brands",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Brands_CommunityCode_State",
                table: "Brand_Brands",
                columns: new[] { "CommunityCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Brands_DistrictCode",
                table: "Brand_Brands",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Published_Code",
                table: "Brand_Published",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Published_DistrictCode_IsFeatured_Code",
                table: "Brand_Published",
                columns: new[] { "DistrictCode", "IsFeatured", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Brand_Published_IsFeatured_Code",
                table: "Brand_Published",
                columns: new[] { "IsFeatured", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Brand_PublishedTags_PublishedBrandId",
                table: "Brand_PublishedTags",
                column: "PublishedBrandId");

            migrationBuilder.CreateIndex(
                name: "IX_Brand_PublishedTags_Tag_PublishedBrandId",
                table: "Brand_PublishedTags",
                columns: new[] { "Tag", "PublishedBrandId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Brand_Brands");

            migrationBuilder.DropTable(
                name: "Brand_Media");

            migrationBuilder.DropTable(
                name: "Brand_PublishedTags");

            migrationBuilder.DropTable(
                name: "Brand_Published");
        }
    }
}
