using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Privacy;

/// <summary>The catalogue of data categories (R12) with their purpose in the caller's language and their retention.</summary>
public sealed record GetDataCategories(Language Language) : IRequest<Outcome<IReadOnlyList<DataCategoryView>>>;

public sealed record DataCategoryView(string Category, string Purpose, string Retention, int? RetentionDays);

public sealed class GetDataCategoriesHandler : IRequestHandler<GetDataCategories, Outcome<IReadOnlyList<DataCategoryView>>>
{
    public ValueTask<Outcome<IReadOnlyList<DataCategoryView>>> Handle(GetDataCategories request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Outcome<IReadOnlyList<DataCategoryView>>.Ok([.. DataCategoryCatalogue.All.Select(c => new DataCategoryView(
            Camel(c.Category.ToString()),
            request.Language == Language.Fr ? c.PurposeFr : c.PurposeEn,
            Camel(c.Retention.ToString()),
            c.Period is { } p ? (int)p.TotalDays : null))]));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
