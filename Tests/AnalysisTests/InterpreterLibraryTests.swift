import Testing

@testable import Analysis

/// File reads, GraphQL in request bodies, process options objects, local modules and unmodeled client libraries.
@Suite struct InterpreterLibraryTests {
    private func derive(_ words: String...) -> Derivation {
        InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
            ?? Derivation(opaqueReasons: [OpaqueReason(.parseError, "not an interpreter")])
    }

    private func reads(_ derivation: Derivation) -> [FileAccess] {
        derivation.actions.compactMap { if case .fileRead(let access) = $0 { access } else { nil } }
    }

    private func requests(_ derivation: Derivation) -> [HTTPRequest] {
        derivation.actions.compactMap { if case .http(let request) = $0 { request } else { nil } }
    }

    private func statements(_ derivation: Derivation) -> [SQLStatement] {
        derivation.actions.compactMap { if case .sql(let statement) = $0 { statement } else { nil } }
    }

    // MARK: File reads

    @Test(arguments: [
        (["node", "-e", "console.log(require('fs').readFileSync('.env', 'utf8'))"], "node"),
        (["node", "-e", "const fs = require('fs/promises'); fs.readFile('.env').then(console.log)"], "node"),
        (["node", "-e", "require('fs').createReadStream('.env').pipe(process.stdout)"], "node"),
        (["ruby", "-e", #"puts File.read(".env")"#], "ruby"),
        (["ruby", "-e", "IO.readlines('.env').each { |l| puts l }"], "ruby"),
        (["ruby", "-e", "File.open('.env') { |f| puts f.read }"], "ruby"),
        (["python3", "-c", "print(open('.env').read())"], "python"),
        (["python3", "-c", "print(open('.env', 'r').read())"], "python"),
        (["python3", "-c", "from pathlib import Path; print(Path('.env').read_text())"], "python"),
        (["perl", "-e", "open(my $f, '<', '.env'); print <$f>"], "perl"),
        (["php", "-r", "echo file_get_contents('.env');"], "php"),
        (["php", "-r", "print_r(file('.env'));"], "php"),
        (["deno", "eval", "console.log(Deno.readTextFileSync('.env'))"], "deno"),
    ])
    func fileReadsAreReads(words: [String], via: String) {
        let derivation = InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
        #expect(derivation.map(reads) == [FileAccess(path: ".env", via: via)], "\(words)")
    }

    @Test func readingStandardInputByDescriptorIsNoFileRead() {
        #expect(derive("node", "-p", "require('fs').readFileSync(0, 'utf8').length").isEmpty)
    }

    @Test func aReadOfAComputedPathIsADynamicRead() {
        let derivation = derive("node", "-e", "require('fs').readFileSync(process.argv[1])")
        #expect(reads(derivation).map(\.isStatic) == [false])
    }

    // MARK: GraphQL

    @Test func pythonRequestsJSONMutation() {
        let derivation = derive(
            "python3", "-c",
            #"import requests; requests.post('https://backboard.railway.app/graphql/v2', json={'query': 'mutation { volumeDelete(volumeId: "v1") }'})"#
        )
        let request = requests(derivation).first
        #expect(request?.method == "POST")
        #expect(request?.host == "backboard.railway.app")
        #expect(request?.graphQL.map(\.type) == ["mutation"])
        #expect(request?.graphQL.first?.rootFields == ["volumeDelete"])
        #expect(request?.body == .text(#"mutation { volumeDelete(volumeId: "v1") }"#))
    }

    @Test func fetchWithStringifiedGraphQLBody() {
        let derivation = derive(
            "node", "-e",
            #"fetch('https://backboard.railway.com/graphql/v2', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: 'mutation { serviceDelete(id: "s1") }' }) })"#
        )
        let request = requests(derivation).first
        #expect(request?.method == "POST")
        #expect(request?.graphQL.first?.rootFields == ["serviceDelete"])
    }

    @Test func literalJSONBodyIsTheBodyAndItsGraphQLIsRead() {
        let body = #"{"query": "mutation { projectDelete(id: 7) }"}"#
        let derivation = derive(
            "python3", "-c", "import requests; requests.post('https://api.example.com/graphql', data='\(body)')")
        let request = requests(derivation).first
        #expect(request?.body == .text(body))
        #expect(request?.graphQL.first?.rootFields == ["projectDelete"])
    }

    @Test func plainJSONBodiesAreNotGraphQL() {
        let derivation = derive(
            "python3", "-c", #"import requests; requests.post('https://api.example.com/items', json={'name': 'x {y}'})"#
        )
        #expect(requests(derivation).first?.graphQL == [])
        #expect(derivation.opaqueReasons.isEmpty)
    }

    // MARK: Processes from options objects

    @Test func denoCommandTakesItsArgumentsFromTheOptions() {
        let derivation = derive(
            "deno", "eval", #"new Deno.Command("terraform", { args: ["destroy", "-auto-approve"] }).outputSync()"#)
        #expect(derivation.commands.map(\.source) == ["terraform destroy -auto-approve"])
    }

    @Test func denoRunAndBunSpawnTakeAnArgv() {
        #expect(
            derive("deno", "eval", #"Deno.run({ cmd: ["rm", "-rf", "/srv"] })"#).commands.map(\.source) == [
                "rm -rf /srv"
            ])
        #expect(derive("bun", "-e", #"Bun.spawnSync(["rm", "-rf", "/srv"])"#).commands.map(\.source) == ["rm -rf /srv"])
        #expect(
            derive("bun", "-e", #"Bun.spawn({ cmd: ["rm", "-rf", "/srv"] })"#).commands.map(\.source) == ["rm -rf /srv"]
        )
    }

    @Test func shellTemplatesRunTheirText() {
        #expect(derive("bun", "-e", "await Bun.$`rm -rf /srv`").scripts.map(\.text) == ["rm -rf /srv"])
        #expect(
            derive("node", "-e", "import {$} from 'zx'; await $`git push -f`").scripts.map(\.text) == ["git push -f"])
        #expect(derive("bun", "-e", "await Bun.$`rm -rf ${dir}`").opaqueReasons.map(\.kind) == [.dynamicArgument])
        #expect(derive("node", "-e", "$.ajax({url: '/a'}); const $x = 1").isEmpty)
    }

    @Test func aComputedArgumentListIsOpaque() {
        let derivation = derive("deno", "eval", #"new Deno.Command("rm", { args: list }).outputSync()"#)
        #expect(derivation.commands.map(\.source) == ["rm"])
        #expect(derivation.opaqueReasons.map(\.kind) == [.dynamicArgument])
    }

    // MARK: Local modules

    @Test(arguments: [
        ["node", "-e", "require('./scripts/reset-db')"],
        ["node", "-e", "import('../tools/wipe.mjs')"],
        ["ruby", "-e", "require_relative 'scripts/reset'"],
        ["ruby", "-e", "load 'db/seeds.rb'"],
        ["ruby", "-e", "require './lib/task'"],
        ["perl", "-e", "require 'lib/wipe.pl'"],
        ["php", "-r", "include 'wipe.php';"],
    ])
    func loadingALocalFileIsOpaque(words: [String]) {
        let derivation = InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
        #expect(derivation?.opaqueReasons.map(\.kind) == [.scriptFile], "\(words)")
    }

    @Test(arguments: [
        ["node", "-e", "console.log(require('path').join('a', 'b'))"],
        ["ruby", "-e", "require 'json'; puts JSON.generate([1])"],
        ["python3", "-c", "import os.path; print(os.path.join('a', 'b'))"],
        ["python3", "-c", "import json, requests; print(json.dumps({}))"],
    ])
    func loadingAnInstalledUtilityLibraryStaysQuiet(words: [String]) {
        let derivation = InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
        #expect(derivation?.isEmpty == true, "\(words) → \(String(describing: derivation))")
    }

    // MARK: Unmodeled client libraries

    @Test(arguments: [
        (["python3", "-c", "import boto3; boto3.client('s3').delete_bucket(Bucket='b')"], "boto3"),
        (["python3", "-c", "from google.cloud import storage; storage.Client()"], "google.cloud"),
        (["python3", "-c", "import mysql.connector as m; m.connect()"], "mysql.connector"),
        (["node", "-e", "const { S3Client } = require('@aws-sdk/client-s3')"], "@aws-sdk/client-s3"),
        (["node", "-e", "import Redis from 'ioredis'; new Redis().flushall()"], "ioredis"),
        (["ruby", "-e", "require 'aws-sdk-s3'; Aws::S3::Client.new"], "aws-sdk-s3"),
    ])
    func clientLibrariesAreOpaqueByName(words: [String], library: String) {
        let derivation = InterpreterCode.derive(clientInvocation(words: words.map { ShellWord($0) }))
        let reasons = derivation?.opaqueReasons ?? []
        #expect(reasons.contains { $0.kind == .interpreterCode && $0.message.contains("`\(library)`") }, "\(reasons)")
    }

    @Test func databaseDriverIsOpaqueAndItsLiteralSQLIsRead() {
        let derivation = derive(
            "python3", "-c",
            "import psycopg2; psycopg2.connect('dbname=app').cursor().execute('DROP TABLE users')")
        #expect(derivation.opaqueReasons.contains { $0.kind == .interpreterCode && $0.message.contains("psycopg2") })
        #expect(statements(derivation).map(\.kind) == ["DROP"])
        #expect(statements(derivation).first?.targets == ["users"])
    }

    @Test func nodeDriverQueryIsRead() {
        let derivation = derive(
            "node", "-e", "const { Client } = require('pg'); const c = new Client(); c.query('TRUNCATE orders')")
        #expect(statements(derivation).map(\.kind) == ["TRUNCATE"])
    }
}

@Suite struct InterpreterPayloadBoundsTests {
    @Test func nestedRequestsWithALargeBodyStayFast() {
        let body = "{\"query\": \"" + String(repeating: "x", count: 90_000) + "\"}"
        let code =
            String(repeating: "fetch('https://a.example', {body: ", count: 300) + "'\(body)'"
            + String(repeating: "})", count: 300)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = InterpreterCode.derive(clientInvocation(words: [ShellWord("node"), ShellWord("-e"), ShellWord(code)]))
        }
        #expect(elapsed < .seconds(5))
    }
}
