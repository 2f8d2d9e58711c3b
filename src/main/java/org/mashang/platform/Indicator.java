package org.mashang.platform;

import lombok.RequiredArgsConstructor;

/** The outcome figures most activities report, offered on the form; other figures can be named freely. */
@RequiredArgsConstructor
public enum Indicator {
    MONEY_RECOVERED("挽回经济损失", "元", true),
    PEOPLE_HELPED("帮助群众", "人", false),
    PROBLEMS_SOLVED("解决问题", "件", false),
    DISPUTES_SETTLED("化解矛盾纠纷", "起", false),
    LAMPS_INSTALLED("安装路灯", "盏", false),
    FACILITIES_ADDED("新增便民设施", "处", false);

    private final String label;
    private final String unit;
    private final boolean fractional;

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether the amount may have decimals (money); counts of people or things may not. */
    public boolean fractional() {
        return fractional;
    }
}
