package com.baolink;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BaolinkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BaolinkApplication.class, args);
	}

}
