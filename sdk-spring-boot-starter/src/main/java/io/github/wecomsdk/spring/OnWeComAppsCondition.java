package io.github.wecomsdk.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when at least one {@code wecom.apps.<name>.*} property is set: no properties, no beans. */
final class OnWeComAppsCondition extends SpringBootCondition {

    private static final ConfigurationPropertyName APPS = ConfigurationPropertyName.of("wecom.apps");

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(context.getEnvironment())) {
            if (source instanceof IterableConfigurationPropertySource iterable
                    && iterable.stream().anyMatch(APPS::isAncestorOf)) {
                return ConditionOutcome.match("wecom.apps.* is set");
            }
        }
        return ConditionOutcome.noMatch("no wecom.apps.* property is set");
    }
}
