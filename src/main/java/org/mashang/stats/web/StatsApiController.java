package org.mashang.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.UserFacingException;
import org.mashang.platform.Zones;
import org.mashang.stats.internal.PublicFigures;
import org.mashang.stats.internal.PublicStats;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The public yearly figures of /stats for the public API (/api/v1), computed the same way. */
@RestController
@Tag(name = "公开统计")
@RequiredArgsConstructor
class StatsApiController {

    private final PublicStats stats;
    private final Clock clock;

    @GetMapping(path = "/api/v1/stats", produces = "application/json")
    @Operation(summary = "一年的公开统计", description = "year 默认今年；station 为联络站编号（内部 id），不填为全部")
    PublicFigures year(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long station) {
        int thisYear = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        int y = year == null ? thisYear : year;
        if (y < 2000 || y > thisYear + 1) {
            throw UserFacingException.badRequest("年份不正确：须在 2000 到 " + (thisYear + 1) + " 之间");
        }
        return stats.year(y, station);
    }

    @ExceptionHandler({UserFacingException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> refused(Exception e) {
        String detail = e instanceof MethodArgumentTypeMismatchException m ? "参数 " + m.getName() + " 的值不正确" : e.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("请求有误");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
