package org.mashang.calendar.internal;

import java.util.List;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;

/** A holiday file that cannot be imported; {@link #problems()} says why, line by line. Nothing was stored. */
public class CsvRejected extends UserFacingException {

    private final List<String> problems;

    CsvRejected(List<String> problems) {
        super(HttpStatus.BAD_REQUEST, "文件有 " + problems.size() + " 处错误，没有导入任何日期。请改正后重新上传。");
        this.problems = List.copyOf(problems);
    }

    CsvRejected(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
