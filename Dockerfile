# Builds the application jar with the Maven wrapper, then runs it on a slim JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -DskipTests -pl web -am package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/web/target/recoup-web-*-exec.jar /app/recoup.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/recoup.jar"]
