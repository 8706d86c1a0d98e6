package bg.libpartners.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of expert support ({@code libpartners.support.*}).
 *
 * @param autoCloseDays an answered or waiting request closes by itself this many days after the last answer
 * @param nearTargetHours a request without a first answer is "near its target" this many working hours before it
 * @param maxFileMb the largest attachment
 * @param statsCacheSeconds how long the overview's figures are kept before they are counted again
 * @param topicsCacheSeconds how long the topics' codes and names are kept before they are read again (a change made
 *     on this node is seen at once; one made on another node within this time)
 */
@ConfigurationProperties("libpartners.support")
public record SupportProperties(
        @DefaultValue("14") int autoCloseDays,
        @DefaultValue("4") int nearTargetHours,
        @DefaultValue("25") int maxFileMb,
        @DefaultValue("30") int statsCacheSeconds,
        @DefaultValue("5") int topicsCacheSeconds) {}
