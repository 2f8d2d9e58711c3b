package org.mashang.calendar.internal;

import lombok.RequiredArgsConstructor;

/** What an uploaded holiday file does to the days already recorded. */
@RequiredArgsConstructor
public enum ImportMode {
    /** Each day of the file is added or corrected; days not in the file stay as they are. */
    MERGE("合并：逐日添加或更正，文件中没有的日期保持不变"),
    /**
     * Each year the file covers (has a statutory holiday between February and November, as a year's schedule
     * does) is cleared first, then the file's days are added; days of other years in the file (a New Year
     * holiday spilling into December) are merged.
     */
    REPLACE("整年替换：文件所含年份原有的日期先全部删除，再导入文件");

    private final String label;

    public String label() {
        return label;
    }
}
