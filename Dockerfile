# Build the application jar, then run it on a slim JRE with the synthetic sample city beside it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/welfare-intelligence-*.jar app.jar
COPY data-samples data-samples
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
