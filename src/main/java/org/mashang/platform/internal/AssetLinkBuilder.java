package org.mashang.platform.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Links in templates ({@code @{/css/app.css}}) to static files get the file's hashed name, looked up in memory;
 * all other links are built as Thymeleaf builds them.
 */
class AssetLinkBuilder extends StandardLinkBuilder {

    /** Looked up once: the bean factory asked for every link of every page costs more than the link. */
    private final SingletonSupplier<StaticAssets> assets;

    AssetLinkBuilder(ObjectProvider<StaticAssets> assets) {
        this.assets = SingletonSupplier.of(assets::getObject);
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        String contextPath = context instanceof IWebContext web ? web.getExchange().getRequest().getApplicationPath() : "";
        if (link.startsWith(contextPath)) {
            String path = link.substring(contextPath.length());
            if (StaticAssets.isAssetPath(path) && path.indexOf('?') < 0 && path.indexOf('#') < 0) {
                String versioned = assets.obtain().linkFor(path);
                if (versioned != null) {
                    link = contextPath + versioned;
                }
            }
        }
        return super.processLink(context, link);
    }

    /** Puts the builder into the template engine Spring Boot makes, before its first use. */
    @RequiredArgsConstructor
    static final class Installer implements BeanPostProcessor {

        private final ObjectProvider<StaticAssets> assets;

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
            if (bean instanceof SpringTemplateEngine engine) {
                engine.setLinkBuilder(new AssetLinkBuilder(assets));
            }
            return bean;
        }
    }
}
