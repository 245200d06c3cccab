package ogireports.model;

/**
 * One indicator of a pre-2019 report's vertical statistics table (指标名称 | 单位 | 数量).
 *
 * @param indicator the indicator name as printed, whitespace removed
 * @param indicatorId the id of a common national 统计表 indicator (e.g. {@code ACTIVE_PUBLISHED} for
 *     主动公开信息数), or null when it is not one of them
 * @param unit the unit as printed (条, 件, 万元, 次…), or null
 * @param value the number read, or null when blank or unreadable
 * @param raw the value cell as printed
 * @param sourceLine 1-based line of the decoded document where the indicator was found
 */
public record LegacyIndicator(
    String indicator, String indicatorId, String unit, Double value, String raw, int sourceLine) {}
