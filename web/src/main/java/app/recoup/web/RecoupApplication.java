package app.recoup.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "app.recoup")
@EnableScheduling
public class RecoupApplication {

  public static void main(String[] args) {
    SpringApplication.run(RecoupApplication.class, args);
  }
}
