using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>A product's fields are checked the same way when it is added and when it is edited (API and page).</summary>
public static class ProductRules
{
    public static async Task<List<RegistryError>> ApplyAsync(NeracaDb db, Product product, ProductInput input, CancellationToken ct)
    {
        var errors = new List<RegistryError>();
        var hs = HsProductCode.Normalize(input.HsCode);
        if (string.IsNullOrWhiteSpace(input.NameId))
        {
            errors.Add(new RegistryError("nameId", "required"));
        }

        if (hs is null)
        {
            errors.Add(new RegistryError("hsCode", "hs", input.HsCode?.Trim() ?? ""));
        }
        else if (await HsNomenclatureCheck.ProblemAsync(db, hs, ct) is not null)
        {
            errors.Add(new RegistryError("hsCode", "hs.unknown", hs));
        }

        if (input.PriceMinRupiah > input.PriceMaxRupiah || input.PriceMinRupiah < 0 || input.MonthlyCapacity < 0 || input.ShelfLifeDays < 0)
        {
            errors.Add(new RegistryError("price", "price"));
        }

        foreach (var (field, value, max) in new[]
        {
            ("nameId", input.NameId, 200), ("nameEn", input.NameEn, 200), ("description", input.Description, 2000), ("capacityUnit", input.CapacityUnit, 30),
            ("minimumOrder", input.MinimumOrder, 100), ("packaging", input.Packaging, 200),
        })
        {
            if ((value?.Trim().Length ?? 0) > max)
            {
                errors.Add(new RegistryError(field, "toolong", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        product.NameId = input.NameId!.Trim();
        product.NameEn = input.NameEn?.Trim() ?? "";
        product.HsCode = hs!;
        product.Description = input.Description?.Trim() ?? "";
        product.MonthlyCapacity = input.MonthlyCapacity;
        product.CapacityUnit = input.CapacityUnit?.Trim() ?? "";
        product.PriceMinRupiah = input.PriceMinRupiah;
        product.PriceMaxRupiah = input.PriceMaxRupiah;
        product.MinimumOrder = input.MinimumOrder?.Trim() ?? "";
        product.Packaging = input.Packaging?.Trim() ?? "";
        product.ShelfLifeDays = input.ShelfLifeDays;
        return errors;
    }
}
