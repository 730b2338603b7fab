package org.policyindicators.benchmarks;

import tools.jackson.core.JsonGenerator;

/** The indicators, units and districts that generated plans draw from, modelled on the Taiyuan plans. */
final class Vocabulary {

    /** Issuers: the GB/T 2260 codes of Taiyuan's districts and counties. */
    static final String[] DISTRICTS = {"140105", "140106", "140107", "140108", "140109", "140110", "140121",
        "140122", "140123", "140181"};

    /** The kind of the second target of an indicator. */
    enum Second { GROWTH, CHANGE, RANGE, MULTIPLE, CUMULATIVE, SHARE, DIRECTION }

    /**
     * A unit as written in the format.
     *
     * @param code the base unit code
     * @param scale the power of ten, 0 to leave it out
     * @param perCode the code of the denominator, null for none
     * @param perScale the power of ten of the denominator
     */
    record UnitSpec(String code, int scale, String perCode, int perScale) {
        static UnitSpec of(String code, int scale) {
            return new UnitSpec(code, scale, null, 0);
        }

        static UnitSpec per(String code, int scale, String perCode, int perScale) {
            return new UnitSpec(code, scale, perCode, perScale);
        }

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("code", code);
            if (scale != 0) {
                g.writeNumberProperty("scale", scale);
            }
            if (perCode != null) {
                g.writeName("per");
                g.writeStartObject();
                g.writeStringProperty("code", perCode);
                if (perScale != 0) {
                    g.writeNumberProperty("scale", perScale);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    /**
     * An indicator as plans state it.
     *
     * @param slug the stem of its identifiers
     * @param zh the Chinese name
     * @param en the English name
     * @param unit the unit
     * @param unitZh the unit as written after a number in Chinese
     * @param category the category code
     * @param lowerIsBetter the polarity
     * @param baseMin the smallest baseline, unscaled
     * @param baseMax the largest baseline, unscaled
     * @param decimals the number of decimals of its values
     * @param percentShare whether its values are a share of 100 %
     * @param second the kind of its second target
     */
    record Template(String slug, String zh, String en, UnitSpec unit, String unitZh, String category,
            boolean lowerIsBetter, long baseMin, long baseMax, int decimals, boolean percentShare, Second second) {
    }

    private static final boolean HIGHER = false;
    private static final boolean LOWER = true;

    static final Template[] TEMPLATES = {
        new Template("gdp", "地区生产总值", "Gross domestic product", UnitSpec.of("cny", 8), "亿元",
                "economic-development", HIGHER, 3000, 9000, 1, false, Second.MULTIPLE),
        new Template("budget-revenue", "一般公共预算收入", "General public budget revenue", UnitSpec.of("cny", 8), "亿元",
                "economic-development", HIGHER, 100, 400, 1, false, Second.GROWTH),
        new Template("fixed-asset-investment", "全社会固定资产投资", "Fixed-asset investment", UnitSpec.of("cny", 8),
                "亿元", "economic-development", HIGHER, 1500, 3000, 1, false, Second.CUMULATIVE),
        new Template("services-value-added", "服务业增加值", "Value added of services", UnitSpec.of("cny", 8), "亿元",
                "economic-development", HIGHER, 1500, 4000, 1, false, Second.GROWTH),
        new Template("retail-sales", "社会消费品零售总额", "Retail sales of consumer goods", UnitSpec.of("cny", 8),
                "亿元", "economic-development", HIGHER, 1000, 3000, 1, false, Second.GROWTH),
        new Template("industrial-output", "规模以上工业增加值", "Value added of industry above designated size",
                UnitSpec.of("cny", 8), "亿元", "economic-development", HIGHER, 500, 2500, 1, false, Second.SHARE),
        new Template("high-tech-enterprises", "高新技术企业数", "High-tech enterprises", UnitSpec.of("household", 0),
                "户", "innovation", HIGHER, 100, 500, 0, false, Second.RANGE),
        new Template("rd-intensity", "研发经费投入强度", "R&D intensity", UnitSpec.of("percent", 0), "%",
                "innovation", HIGHER, 100, 350, 2, true, Second.DIRECTION),
        new Template("invention-patents", "每万人口发明专利拥有量", "Invention patents per 10,000 people",
                UnitSpec.per("item", 0, "person", 4), "件", "innovation", HIGHER, 50, 400, 1, false, Second.GROWTH),
        new Template("urban-income", "城镇居民人均可支配收入", "Urban per-capita disposable income",
                UnitSpec.of("cny", 0), "元", "well-being", HIGHER, 30000, 50000, 0, false, Second.GROWTH),
        new Template("unemployment-rate", "城镇登记失业率", "Registered urban unemployment rate",
                UnitSpec.of("percent", 0), "%", "well-being", LOWER, 25, 45, 1, true, Second.DIRECTION),
        new Template("new-urban-jobs", "城镇新增就业人数", "New urban jobs", UnitSpec.of("person", 4), "万人",
                "well-being", HIGHER, 100, 500, 2, false, Second.CUMULATIVE),
        new Template("life-expectancy", "人均预期寿命", "Life expectancy", UnitSpec.of("age-year", 0), "岁",
                "well-being", HIGHER, 760, 800, 1, false, Second.DIRECTION),
        new Template("pension-insured", "基本养老保险参保人数", "People insured under the basic pension",
                UnitSpec.of("person", 4), "万人", "well-being", HIGHER, 100, 300, 1, false, Second.GROWTH),
        new Template("elderly-care-places", "每千名老年人养老床位数", "Elderly-care places per 1,000 older people",
                UnitSpec.per("place", 0, "person", 3), "张", "well-being", HIGHER, 30, 45, 0, false, Second.RANGE),
        new Template("schools-built", "新建改扩建学校", "Schools built or extended", UnitSpec.of("school", 0), "所",
                "well-being", HIGHER, 5, 30, 0, false, Second.RANGE),
        new Template("rental-housing", "保障性租赁住房", "Affordable rental housing", UnitSpec.of("set", 0), "套",
                "well-being", HIGHER, 1000, 8000, 0, false, Second.CUMULATIVE),
        new Template("energy-intensity", "单位地区生产总值能耗", "Energy use per unit of GDP",
                UnitSpec.per("tce", 0, "cny", 4), "吨标准煤/万元", "green-ecology", LOWER, 40, 120, 2, false,
                Second.CHANGE),
        new Template("carbon-intensity", "单位地区生产总值二氧化碳排放", "CO2 emissions per unit of GDP",
                UnitSpec.per("tonne", 0, "cny", 4), "吨/万元", "green-ecology", LOWER, 80, 200, 2, false,
                Second.CHANGE),
        new Template("good-air-days", "空气质量优良天数比率", "Share of days with good air quality",
                UnitSpec.of("percent", 0), "%", "green-ecology", HIGHER, 600, 850, 1, true, Second.DIRECTION),
        new Template("forest-coverage", "森林覆盖率", "Forest coverage", UnitSpec.of("percent", 0), "%",
                "green-ecology", HIGHER, 200, 350, 1, true, Second.DIRECTION),
        new Template("park-green-space", "人均公园绿地面积", "Park green space per person",
                UnitSpec.per("square-metre", 0, "person", 0), "平方米", "green-ecology", HIGHER, 100, 150, 1, false,
                Second.GROWTH),
        new Template("grain-capacity", "粮食综合生产能力", "Grain production capacity", UnitSpec.of("tonne", 4), "万吨",
                "security", HIGHER, 500, 2000, 2, false, Second.DIRECTION),
        new Template("work-safety-deaths", "亿元地区生产总值生产安全事故死亡率",
                "Work-safety deaths per 100 million yuan of GDP", UnitSpec.per("person", 0, "cny", 8), "人/亿元",
                "security", LOWER, 10, 50, 3, false, Second.CHANGE),
    };

    private Vocabulary() {
    }
}
