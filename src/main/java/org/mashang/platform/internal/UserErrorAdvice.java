package org.mashang.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.TooManyRequests;
import org.mashang.platform.UserFacingException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the user's mistakes into a page with the right 4xx status, in the user's language: a message is looked up in
 * the message bundles (by a key such as {@code error.deputy.notFound}, or by the Chinese text itself for the English
 * bundle) and shown as it is when no bundle has it.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UserErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(UserErrorAdvice.class);

    private final MessageSource messages;

    @ExceptionHandler(UserFacingException.class)
    String userFacing(UserFacingException e, HttpServletResponse response, Model model) {
        if (e instanceof TooManyRequests limited) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return page(e.status(), e.getMessage(), response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        ClientErrors.warn(request, 413, "upload over the multipart limits");
        return page(HttpStatus.CONTENT_TOO_LARGE, "上传的内容太大：每张照片不能超过 20 MB，最多 3 张。请返回上一页重新选择照片。", response, model);
    }

    @ExceptionHandler(MultipartException.class)
    String badUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        ClientErrors.warn(request, 400, "bad multipart request: " + e.getMessage());
        return page(HttpStatus.BAD_REQUEST, "上传没有完成，请返回上一页重试。", response, model);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        ClientErrors.warn(request, 400, e.getMessage());
        return page(HttpStatus.BAD_REQUEST, "请求的参数不正确，请返回上一页重试。", response, model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String badMethod(HttpServletRequest request, HttpServletResponse response, Model model) {
        ClientErrors.warn(request, 405, "method not supported");
        return page(HttpStatus.METHOD_NOT_ALLOWED, "不支持这种访问方式。", response, model);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    String badMediaType(HttpServletRequest request, HttpServletResponse response, Model model) {
        ClientErrors.warn(request, 415, "content type " + request.getContentType());
        return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "提交的内容格式不正确。", response, model);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noResource(HttpServletResponse response, Model model) {
        return page(HttpStatus.NOT_FOUND, "您要找的页面不存在。", response, model);
    }

    private String page(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("message", messages.getMessage(message, null, message, locale));
        return "error";
    }
}
