<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Workspace folder.</source>
        <translation>Pasta do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Interface language (en, es, pt_BR).</source>
        <translation>Idioma da interface (en, es, pt_BR).</translation>
    </message>
    <message>
        <source>Write screenshots of every view in every language to DIR, then quit.</source>
        <translation>Salvar capturas de tela de todas as visualizações em todos os idiomas em DIR e depois sair.</translation>
    </message>
</context>
<context>
    <name>vigia::ChainVerifier</name>
    <message>
        <source>Device %1: change %2 arrived but change %3 before it is missing. Import the missing data from that device.</source>
        <translation>Dispositivo %1: a alteração %2 chegou, mas falta a alteração %3, anterior a ela. Importe os dados que faltam desse dispositivo.</translation>
    </message>
    <message>
        <source>Device %1: change %2 is out of order (expected %3). The data was rearranged; ask the sender to export it again.</source>
        <translation>Dispositivo %1: a alteração %2 está fora de ordem (esperava-se a %3). Os dados foram reordenados; peça a quem os enviou que os exporte novamente.</translation>
    </message>
    <message>
        <source>Device %1: change %2 was altered after it was written (its hash no longer matches). Do not trust this copy; ask the sender to export it again.</source>
        <translation>Dispositivo %1: a alteração %2 foi modificada depois de gravada (seu hash não confere mais). Não confie nesta cópia; peça a quem a enviou que exporte os dados novamente.</translation>
    </message>
    <message>
        <source>Device %1: two different versions of change %2 exist (a fork). The second one was not applied; report this to your coordinator.</source>
        <translation>Dispositivo %1: existem duas versões diferentes da alteração %2 (uma bifurcação). A segunda não foi aplicada; informe isso ao seu coordenador.</translation>
    </message>
</context>
<context>
    <name>vigia::CliApp</name>
    <message>
        <source>Vigia does not speak &apos;%1&apos;. Choose --lang en, --lang es or --lang pt_BR.</source>
        <translation>O Vigia não está disponível no idioma &apos;%1&apos;. Escolha --lang en, --lang es ou --lang pt_BR.</translation>
    </message>
    <message>
        <source>Unknown command. Run vigiactl --help to see the commands.</source>
        <translation>Comando desconhecido. Execute vigiactl --help para ver os comandos.</translation>
    </message>
</context>
<context>
    <name>vigia::CliCommandCatalog</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>A pasta do espaço de trabalho (padrão: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Ler a frase secreta da primeira linha de ARQUIVO.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Imprimir JSON em vez de texto, para scripts.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Interface language: en, es or pt_BR (default: the system&apos;s language).</source>
        <translation>Idioma da interface: en, es ou pt_BR (padrão: o idioma do sistema).</translation>
    </message>
    <message>
        <source>Show help; after a command, that command&apos;s help.</source>
        <translation>Mostrar a ajuda; depois de um comando, a ajuda desse comando.</translation>
    </message>
    <message>
        <source>Show the version of vigiactl.</source>
        <translation>Mostrar a versão do vigiactl.</translation>
    </message>
    <message>
        <source>--name NAME [--role researcher|coordinator]</source>
        <translation>--name NOME [--role researcher|coordinator]</translation>
    </message>
    <message>
        <source>Create a workspace: a new device identity protected by a passphrase.</source>
        <translation>Criar um espaço de trabalho: uma nova identidade de dispositivo protegida por uma frase secreta.</translation>
    </message>
    <message>
        <source>Creates the workspace folder with a new device identity (signing and encryption keys) locked by the passphrase, and prints the device id and its fingerprint. Refuses to touch a folder that already holds a workspace.</source>
        <translation>Cria a pasta do espaço de trabalho com uma nova identidade de dispositivo (chaves de assinatura e de criptografia) bloqueada pela frase secreta e imprime o ID do dispositivo e sua impressão digital. Não mexe em nenhuma pasta que já contenha um espaço de trabalho.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>A name for this device, e.g. &quot;Ana - laptop&quot;.</source>
        <translation>Um nome para este dispositivo, por exemplo, &quot;Ana - notebook&quot;.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <source>researcher (the default) or coordinator.</source>
        <translation>researcher (pesquisador; é o padrão) ou coordinator (coordenador).</translation>
    </message>
    <message>
        <source>Show this device&apos;s id, name, role and fingerprint.</source>
        <translation>Mostrar o ID, o nome, o papel e a impressão digital deste dispositivo.</translation>
    </message>
    <message>
        <source>Prints the device id, name, role, key fingerprint and workspace folder. Compare the fingerprint aloud when a coordinator approves this device.</source>
        <translation>Imprime o ID, o nome e o papel do dispositivo, a impressão digital da chave e a pasta do espaço de trabalho. Compare a impressão digital em voz alta quando um coordenador aprovar este dispositivo.</translation>
    </message>
    <message>
        <source>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</source>
        <translation>--form ID [--form-version V] [--set CAMPO=VALOR]… [--finalize]</translation>
    </message>
    <message>
        <source>Create a record and print its id.</source>
        <translation>Criar um registro e imprimir seu ID.</translation>
    </message>
    <message>
        <source>Creates a draft record of the given form, with the values given by --set, and prints its id. Values are stored as text; FIELD=VALUE splits at the first &apos;=&apos;.</source>
        <translation>Cria um registro em rascunho do formulário indicado, com os valores dados por --set, e imprime seu ID. Os valores são armazenados como texto; CAMPO=VALOR é dividido no primeiro &apos;=&apos;.</translation>
    </message>
    <message>
        <source>The form the record belongs to.</source>
        <translation>O formulário ao qual o registro pertence.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The version of the form (default: none).</source>
        <translation>A versão do formulário (padrão: nenhuma).</translation>
    </message>
    <message>
        <source>Set a field; repeat for more fields.</source>
        <translation>Definir um campo; repita para definir mais campos.</translation>
    </message>
    <message>
        <source>Finalize the record right away.</source>
        <translation>Finalizar o registro imediatamente.</translation>
    </message>
    <message>
        <source>Change fields of a draft record.</source>
        <translation>Alterar campos de um registro em rascunho.</translation>
    </message>
    <message>
        <source>Sets one or more fields of a draft record in one change. A finalized record must be reopened first; a deleted one restored.</source>
        <translation>Define um ou mais campos de um registro em rascunho em uma única alteração. Um registro finalizado precisa ser reaberto antes; um excluído, restaurado.</translation>
    </message>
    <message>
        <source>Finalize a draft record.</source>
        <translation>Finalizar um registro em rascunho.</translation>
    </message>
    <message>
        <source>Marks a draft record as finalized: it can no longer be changed until it is reopened.</source>
        <translation>Marca um registro em rascunho como finalizado: ele não pode mais ser alterado até ser reaberto.</translation>
    </message>
    <message>
        <source>Turn a finalized record back into a draft.</source>
        <translation>Transformar um registro finalizado novamente em rascunho.</translation>
    </message>
    <message>
        <source>Reopens a finalized record so that it can be changed again.</source>
        <translation>Reabre um registro finalizado para que possa ser alterado novamente.</translation>
    </message>
    <message>
        <source>Delete a record (it can be restored).</source>
        <translation>Excluir um registro (ele pode ser restaurado).</translation>
    </message>
    <message>
        <source>Deletes a record. Nothing is erased: the record disappears from lists and can be brought back with &apos;record restore&apos;.</source>
        <translation>Exclui um registro. Nada é apagado: o registro some das listas e pode ser recuperado com &apos;record restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted record.</source>
        <translation>Restaurar um registro excluído.</translation>
    </message>
    <message>
        <source>Brings a deleted record back, as it was when it was deleted.</source>
        <translation>Recupera um registro excluído tal como estava quando foi excluído.</translation>
    </message>
    <message>
        <source>Show a record with all its fields.</source>
        <translation>Mostrar um registro com todos os seus campos.</translation>
    </message>
    <message>
        <source>Prints a record: form, status, country, date, every field and the fields in conflict after a merge.</source>
        <translation>Imprime um registro: formulário, status, país, data, todos os campos e os campos em conflito após uma mesclagem.</translation>
    </message>
    <message>
        <source>[FILTERS]</source>
        <translation>[FILTROS]</translation>
    </message>
    <message>
        <source>List records, newest change first.</source>
        <translation>Listar registros, primeiro os últimos alterados.</translation>
    </message>
    <message>
        <source>Lists the records that match every filter given, most recently changed first: a table in text mode, an array with --json. Deleted records are left out unless --include-deleted is given.</source>
        <translation>Lista os registros que atendem a todos os filtros indicados, primeiro os alterados mais recentemente: uma tabela no modo texto, um array com --json. Registros excluídos ficam de fora, a menos que --include-deleted seja indicado.</translation>
    </message>
    <message>
        <source>Only records of this form.</source>
        <translation>Somente registros deste formulário.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only draft or only finalized records.</source>
        <translation>Somente registros em rascunho (draft) ou somente finalizados (finalized).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only records whose country field is CC, e.g. BR.</source>
        <translation>Somente registros cujo campo de país é CC, por exemplo, BR.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Only records whose date is on or after DATE (YYYY-MM-DD).</source>
        <translation>Somente registros cuja data é igual ou posterior a DATA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only records whose date is on or before DATE (YYYY-MM-DD).</source>
        <translation>Somente registros cuja data é igual ou anterior a DATA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only records with a value containing every word of TEXT (word prefixes match; accents are ignored).</source>
        <translation>Somente registros com um valor que contenha todas as palavras de TEXTO (basta o início de cada palavra; os acentos são ignorados).</translation>
    </message>
    <message>
        <source>Show deleted records too.</source>
        <translation>Mostrar também os registros excluídos.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show at most N records (default: 100; 0: all).</source>
        <translation>Mostrar no máximo N registros (padrão: 100; 0: todos).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Pular os primeiros N registros.</translation>
    </message>
    <message>
        <source>Check the change log&apos;s hash chains.</source>
        <translation>Verificar as cadeias de hash do registro de alterações.</translation>
    </message>
    <message>
        <source>Re-checks every device&apos;s chain of changes. Prints &quot;The change log is intact.&quot; and exits with 0, or prints every problem found, one per line, and exits with 1.</source>
        <translation>Verifica novamente a cadeia de alterações de cada dispositivo. Imprime &quot;O registro de alterações está íntegro.&quot; e sai com 0, ou imprime cada problema encontrado, um por linha, e sai com 1.</translation>
    </message>
    <message>
        <source>Print the hash of the current state.</source>
        <translation>Imprimir o hash do estado atual.</translation>
    </message>
    <message>
        <source>Prints a hash over every current value and open conflict, in hex. Two workspaces that merged the same changes print the same hash.</source>
        <translation>Imprime, em hexadecimal, um hash calculado sobre todos os valores atuais e os conflitos em aberto. Dois espaços de trabalho que mesclaram as mesmas alterações imprimem o mesmo hash.</translation>
    </message>
    <message>
        <source>List the forms imported into this workspace.</source>
        <translation>Listar os formulários importados neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Lists every imported form version with its id, version and title: a table in text mode, an array with --json.</source>
        <translation>Lista cada versão de formulário importada com seu ID, versão e título: uma tabela no modo texto, um array com --json.</translation>
    </message>
    <message>
        <source>ID [--form-version V]</source>
        <translation>ID [--form-version V]</translation>
    </message>
    <message>
        <source>Show a form: its settings and fields.</source>
        <translation>Mostrar um formulário: suas configurações e seus campos.</translation>
    </message>
    <message>
        <source>Prints a summary of a form (title, languages, versions stored and every field with its type and label), or with --json the canonical form definition. Without --form-version, the latest version is shown.</source>
        <translation>Imprime um resumo de um formulário (título, idiomas, versões salvas e cada campo com seu tipo e rótulo) ou, com --json, a definição canônica do formulário. Sem --form-version, mostra a versão mais recente.</translation>
    </message>
    <message>
        <source>The version to show (default: the latest).</source>
        <translation>A versão a mostrar (padrão: a mais recente).</translation>
    </message>
    <message>
        <source>Import a form from a .json definition or an .xlsx XLSForm workbook.</source>
        <translation>Importar um formulário de uma definição .json ou de uma pasta de trabalho XLSForm .xlsx.</translation>
    </message>
    <message>
        <source>Checks the form and stores it in the workspace, then prints &quot;added&quot;, or &quot;unchanged&quot; when that version is already there with the same definition. A different definition under an existing version is refused: give it a new version. Warnings about rows that cannot be collected go to stderr.</source>
        <translation>Verifica o formulário e o salva no espaço de trabalho; depois imprime &quot;added&quot; ou, se essa versão já estiver salva com a mesma definição, &quot;unchanged&quot;. Uma definição diferente com uma versão existente é recusada: dê a ela uma versão nova. Os avisos sobre linhas que não podem ser coletadas vão para stderr.</translation>
    </message>
    <message>
        <source>Check a form file and report every problem; imports nothing.</source>
        <translation>Verificar um arquivo de formulário e informar todos os problemas; não importa nada.</translation>
    </message>
    <message>
        <source>Reads a .json definition or an .xlsx XLSForm workbook and prints every problem found, one per line, then exits with 3; prints that the form is valid and exits with 0 otherwise. Needs no workspace.</source>
        <translation>Lê uma definição .json ou uma pasta de trabalho XLSForm .xlsx e imprime cada problema encontrado, um por linha, e sai com 3; se não houver problemas, imprime que o formulário é válido e sai com 0. Não precisa de um espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>vigia::CliContext</name>
    <message>
        <source>There is no Vigia workspace in %1. Create one with &apos;vigiactl init --name NAME&apos;, or point to an existing one with --workspace DIR.</source>
        <translation>Não há um espaço de trabalho do Vigia em %1. Crie um com &apos;vigiactl init --name NOME&apos; ou indique um existente com --workspace PASTA.</translation>
    </message>
</context>
<context>
    <name>vigia::CliHelp</name>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>failure, including a damaged change log</source>
        <translation>falha, inclusive um registro de alterações danificado</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, malformed argument</source>
        <translation>erro de uso: comando ou opção desconhecidos, argumento malformado</translation>
    </message>
    <message>
        <source>validation error: the data breaks a rule, e.g. changing a finalized record or deleting a deleted one</source>
        <translation>erro de validação: os dados violam uma regra, por exemplo, alterar um registro finalizado ou excluir um já excluído</translation>
    </message>
    <message>
        <source>not found: no such record or workspace</source>
        <translation>não encontrado: esse registro ou espaço de trabalho não existe</translation>
    </message>
    <message>
        <source>wrong passphrase, locked workspace, or no passphrase given</source>
        <translation>frase secreta incorreta, espaço de trabalho bloqueado ou nenhuma frase secreta informada</translation>
    </message>
    <message>
        <source>Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl [OPÇÕES GLOBAIS] COMANDO [ARGUMENTOS…]</translation>
    </message>
    <message>
        <source>vigiactl is the command-line twin of the Vigia app: every data operation of the app, for scripts and terminals, with --json output.</source>
        <translation>O vigiactl é a versão de linha de comando do aplicativo Vigia: todas as operações de dados do aplicativo, para scripts e terminais, com saída --json.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Opções globais (antes ou depois do comando):</translation>
    </message>
    <message>
        <source>The passphrase is read from --passphrase-file, else from the environment variable VIGIA_PASSPHRASE, else asked for when vigiactl runs in a terminal. It is never printed.</source>
        <translation>A frase secreta é lida de --passphrase-file; senão, da variável de ambiente VIGIA_PASSPHRASE; senão, é solicitada quando o vigiactl é executado em um terminal. Ela nunca é impressa.</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl COMMAND --help&apos; for the options of a command.</source>
        <translation>Execute &apos;vigiactl COMANDO --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Usage: vigiactl %1 COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl %1 COMANDO [ARGUMENTOS…]</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl %1 COMMAND --help&apos; for the options of a command, and &apos;vigiactl --help&apos; for the global options.</source>
        <translation>Execute &apos;vigiactl %1 COMANDO --help&apos; para ver as opções de um comando e &apos;vigiactl --help&apos; para ver as opções globais.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Global options such as --workspace DIR, --passphrase-file FILE and --json work here too; see &apos;vigiactl --help&apos;.</source>
        <translation>As opções globais, como --workspace PASTA, --passphrase-file ARQUIVO e --json, também funcionam aqui; consulte &apos;vigiactl --help&apos;.</translation>
    </message>
</context>
<context>
    <name>vigia::CliOutput</name>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erro: </translation>
    </message>
</context>
<context>
    <name>vigia::CliParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the options.</source>
        <translation>Opção desconhecida &apos;%1&apos;. Execute &apos;vigiactl --help&apos; para ver as opções.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation>Comando desconhecido &apos;%1&apos;. Execute &apos;vigiactl --help&apos; para ver os comandos.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;. Run &apos;vigiactl %1 --help&apos; to see what &apos;%1&apos; can do.</source>
        <translation>Comando desconhecido &apos;%1 %2&apos;. Execute &apos;vigiactl %1 --help&apos; para ver o que &apos;%1&apos; pode fazer.</translation>
    </message>
    <message>
        <source>The command &apos;%1&apos; has no option &apos;--%2&apos;. Run &apos;vigiactl %1 --help&apos; to see its options.</source>
        <translation>O comando &apos;%1&apos; não tem a opção &apos;--%2&apos;. Execute &apos;vigiactl %1 --help&apos; para ver suas opções.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos; before the command is complete. Run &apos;vigiactl %2 --help&apos; to see the commands.</source>
        <translation>Opção desconhecida &apos;--%1&apos; antes de o comando estar completo. Execute &apos;vigiactl %2 --help&apos; para ver os comandos.</translation>
    </message>
    <message>
        <source>Unknown option &apos;--%1&apos;. Run &apos;vigiactl --help&apos; to see the options; a command&apos;s own options come after the command.</source>
        <translation>Opção desconhecida &apos;--%1&apos;. Execute &apos;vigiactl --help&apos; para ver as opções; as opções próprias de um comando vêm depois do comando.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value: --%1 %2.</source>
        <translation>A opção &apos;--%1&apos; precisa de um valor: --%1 %2.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; takes no value; write just --%1.</source>
        <translation>A opção &apos;--%1&apos; não aceita valor; escreva apenas --%1.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value that is not empty.</source>
        <translation>A opção &apos;--%1&apos; precisa de um valor que não esteja vazio.</translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; was given twice; give it once.</source>
        <translation>A opção &apos;--%1&apos; foi informada duas vezes; informe-a uma única vez.</translation>
    </message>
    <message>
        <source>No command given. Run &apos;vigiactl --help&apos; to see the commands.</source>
        <translation>Nenhum comando foi informado. Execute &apos;vigiactl --help&apos; para ver os comandos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one more word: %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; precisa de mais uma palavra: %2. Execute &apos;vigiactl %1 --help&apos; para ver os detalhes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: vigiactl %1 %2. Run &apos;vigiactl %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; precisa de mais argumentos: vigiactl %1 %2. Execute &apos;vigiactl %1 --help&apos; para ver os detalhes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take the argument &apos;%2&apos;. Run &apos;vigiactl %1 --help&apos; for its usage.</source>
        <translation>&apos;%1&apos; não aceita o argumento &apos;%2&apos;. Execute &apos;vigiactl %1 --help&apos; para ver como usá-lo.</translation>
    </message>
</context>
<context>
    <name>vigia::Database</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se há permissão de gravação.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions and free disk space.</source>
        <translation>Não é possível abrir o banco de dados %1: %2. Verifique as permissões do arquivo e o espaço livre em disco.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle. Reinstall the package libqt6sql6-sqlite.</source>
        <translation>O driver do SQLite não forneceu um identificador nativo. Reinstale o pacote libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>updating the store</source>
        <translation>atualizar o banco de dados</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>ler a versão do esquema</translation>
    </message>
    <message>
        <source>The store is damaged (%1 failed: %2). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>O banco de dados está danificado (falha ao %1: %2). Nada foi alterado; restaure o espaço de trabalho a partir de um backup ou peça ajuda ao seu coordenador.</translation>
    </message>
    <message>
        <source>The store is busy in another program (%1). Wait a moment and try again.</source>
        <translation>O banco de dados está ocupado por outro programa (ao %1). Aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed; free some space and try again.</source>
        <translation>O disco está cheio (ao %1). Nada foi alterado; libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The system refused access to the store (%1: %2). Check permissions and free disk space.</source>
        <translation>O sistema negou o acesso ao banco de dados (ao %1: %2). Verifique as permissões e o espaço livre em disco.</translation>
    </message>
    <message>
        <source>Unexpected store error while %1: %2.</source>
        <translation>Erro inesperado no banco de dados ao %1: %2.</translation>
    </message>
</context>
<context>
    <name>vigia::ExprEvaluator</name>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation>&apos;..&apos; na posição %1 só pode ser usado como position(..)</translation>
    </message>
    <message>
        <source>the operation at position %1 is incomplete</source>
        <translation>a operação na posição %1 está incompleta</translation>
    </message>
    <message>
        <source>position() at position %1 takes &apos;..&apos; or a field such as ${name}</source>
        <translation>position() na posição %1 aceita &apos;..&apos; ou um campo, como ${nome}</translation>
    </message>
</context>
<context>
    <name>vigia::ExprFunctions</name>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>função desconhecida &apos;%1&apos; na posição %2</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>nenhum argumento</translation>
    </message>
    <message>
        <source>one argument</source>
        <translation>um argumento</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>%1 argumentos</translation>
    </message>
    <message>
        <source>at least one argument</source>
        <translation>pelo menos um argumento</translation>
    </message>
    <message>
        <source>at least %1 arguments</source>
        <translation>pelo menos %1 argumentos</translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation>de %1 a %2 argumentos</translation>
    </message>
    <message>
        <source>%1() at position %2 takes %3, not %4</source>
        <translation>%1() na posição %2 aceita %3, não %4</translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; is not a valid regular expression (%3)</source>
        <translation>regex() na posição %1: &apos;%2&apos; não é uma expressão regular válida (%3)</translation>
    </message>
    <message>
        <source>date() at position %1 cannot turn &apos;%2&apos; into a date; write dates as YYYY-MM-DD</source>
        <translation>date() na posição %1 não consegue converter &apos;%2&apos; em uma data; escreva as datas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1() at position %2 cannot be evaluated here</source>
        <translation>%1() na posição %2 não pode ser avaliada aqui</translation>
    </message>
</context>
<context>
    <name>vigia::ExprGraph</name>
    <message>
        <source>these fields depend on each other in a circle: %1; a calculation or relevance condition cannot read, even indirectly, the field it decides</source>
        <translation>estes campos dependem uns dos outros em círculo: %1; um cálculo ou uma condição de relevância não pode ler, nem mesmo indiretamente, o campo que determina</translation>
    </message>
</context>
<context>
    <name>vigia::ExprLexer</name>
    <message>
        <source>the expression is %1 characters long, more than the %2 allowed; split it across calculate fields</source>
        <translation>a expressão tem %1 caracteres, mais do que os %2 permitidos; divida-a em vários campos calculate</translation>
    </message>
    <message>
        <source>the text starting at position %1 has no closing %2</source>
        <translation>falta o %2 de fechamento no texto que começa na posição %1</translation>
    </message>
    <message>
        <source>&apos;${&apos; at position %1 must be followed by a field name and &apos;}&apos;</source>
        <translation>&apos;${&apos; na posição %1 deve ser seguido de um nome de campo e de &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inesperado na posição %2</translation>
    </message>
</context>
<context>
    <name>vigia::ExprParser</name>
    <message>
        <source>the expression is empty</source>
        <translation>a expressão está vazia</translation>
    </message>
    <message>
        <source>unexpected end of the expression at position %1</source>
        <translation>fim inesperado da expressão na posição %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inesperado na posição %2</translation>
    </message>
    <message>
        <source>the expression nests more than %1 levels deep at position %2; split it across calculate fields</source>
        <translation>a expressão tem mais de %1 níveis de aninhamento na posição %2; divida-a em vários campos calculate</translation>
    </message>
    <message>
        <source>&apos;..&apos; at position %1 can only be used as position(..)</source>
        <translation>&apos;..&apos; na posição %1 só pode ser usado como position(..)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not understood; refer to a field as ${%1}</source>
        <translation>&apos;%1&apos; na posição %2 não é compreendido; para se referir a um campo, escreva ${%1}</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>função desconhecida &apos;%1&apos; na posição %2</translation>
    </message>
</context>
<context>
    <name>vigia::FormCommands</name>
    <message>
        <source>%1 is neither a form definition (.json) nor an XLSForm workbook (.xlsx). Give a file with one of those extensions.</source>
        <translation>%1 não é uma definição de formulário (.json) nem uma pasta de trabalho XLSForm (.xlsx). Indique um arquivo com uma dessas extensões.</translation>
    </message>
    <message>
        <source>No forms yet. Import one with &apos;vigiactl forms import FILE&apos;.</source>
        <translation>Ainda não há formulários. Importe um com &apos;vigiactl forms import FILE&apos;.</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORMULÁRIO</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSÃO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulário:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma padrão:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Versions stored:</source>
        <translation>Versões salvas:</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>RÓTULO</translation>
    </message>
    <message>
        <source>Form %1 version %2 is valid.</source>
        <translation>O formulário %1, versão %2, é válido.</translation>
    </message>
    <message numerus="yes">
        <source>The form has %n problem(s), listed in the output. Nothing was imported.</source>
        <translation>
            <numerusform>O formulário tem %n problema, listado na saída. Nada foi importado.</numerusform>
            <numerusform>O formulário tem %n problemas, listados na saída. Nada foi importado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::FormJson</name>
    <message>
        <source>Could not write the form definition %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Não foi possível gravar a definição de formulário %1: %2. Verifique se a pasta existe e se você tem permissão de gravação nela.</translation>
    </message>
    <message>
        <source>The form definition %1 does not exist. Check the file name.</source>
        <translation>A definição de formulário %1 não existe. Verifique o nome do arquivo.</translation>
    </message>
    <message>
        <source>Could not open the form definition %1: %2. Check that you may read it.</source>
        <translation>Não foi possível abrir a definição de formulário %1: %2. Verifique se você tem permissão de leitura.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3. Fix the file with a text editor or export the form again.</source>
        <translation>%1 não é um JSON válido: %2 no byte %3. Corrija o arquivo com um editor de texto ou exporte o formulário novamente.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperava-se um objeto</translation>
    </message>
    <message>
        <source>%1: %2: %3. See docs/form-format.md for the form definition format.</source>
        <translation>%1: %2: %3. Consulte docs/form-format.md para ver o formato das definições de formulário.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Vigia (form format %2). Update Vigia to read it.</source>
        <translation>%1 foi gravado por uma versão mais recente do Vigia (formato de formulário %2). Atualize o Vigia para lê-lo.</translation>
    </message>
    <message>
        <source>expected the number %1</source>
        <translation>esperava-se o número %1</translation>
    </message>
    <message>
        <source>expected a list of rows</source>
        <translation>esperava-se uma lista de linhas</translation>
    </message>
    <message>
        <source>expected a list of choices</source>
        <translation>esperava-se uma lista de opções</translation>
    </message>
    <message>
        <source>groups nest more than %1 levels deep</source>
        <translation>os grupos estão aninhados em mais de %1 níveis</translation>
    </message>
    <message>
        <source>every row needs a type</source>
        <translation>cada linha precisa de um tipo</translation>
    </message>
    <message>
        <source>expected an object of media kinds</source>
        <translation>esperava-se um objeto com tipos de mídia</translation>
    </message>
    <message>
        <source>only a group or a repeat has children</source>
        <translation>só um grupo ou um repeat pode ter elementos filhos</translation>
    </message>
    <message>
        <source>every choice needs a list_name and a name</source>
        <translation>cada opção precisa de um list_name e de um name</translation>
    </message>
    <message>
        <source>expected an object of texts per language, such as {&quot;en&quot;: &quot;Age&quot;}</source>
        <translation>esperava-se um objeto com textos por idioma, como {&quot;en&quot;: &quot;Age&quot;}</translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation>esperava-se um objeto de textos</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>membro desconhecido</translation>
    </message>
</context>
<context>
    <name>vigia::FormSession</name>
    <message>
        <source>The form cannot be filled in: %1.</source>
        <translation>Não é possível preencher o formulário: %1.</translation>
    </message>
    <message>
        <source>Field %1 is a repeat; filling in forms with repeats is not supported yet.</source>
        <translation>O campo %1 é uma repetição; ainda não é possível preencher formulários com repetições.</translation>
    </message>
    <message>
        <source>The form has a row without a name or a name used twice (%1); check it with &apos;vigiactl forms validate&apos;.</source>
        <translation>O formulário tem uma linha sem nome ou um nome usado duas vezes (%1); verifique-o com &apos;vigiactl forms validate&apos;.</translation>
    </message>
    <message>
        <source>Field %1, column %2: %3</source>
        <translation>Campo %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>The form has no field %1.</source>
        <translation>O formulário não tem o campo %1.</translation>
    </message>
    <message>
        <source>Field %1 holds no answer; only questions can be set.</source>
        <translation>O campo %1 não guarda respostas; só é possível atribuir valores às perguntas.</translation>
    </message>
    <message>
        <source>Field %1 is calculated by the form and cannot be set.</source>
        <translation>O campo %1 é calculado pelo formulário e não pode ser atribuído.</translation>
    </message>
    <message>
        <source>Field %1 is read-only.</source>
        <translation>O campo %1 é somente leitura.</translation>
    </message>
    <message>
        <source>The form could not evaluate the %1 of this field: %2</source>
        <translation>O formulário não conseguiu avaliar a expressão %1 deste campo: %2</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <source>This answer is not allowed here; check it against the question.</source>
        <translation>Esta resposta não é permitida aqui; compare-a com a pergunta.</translation>
    </message>
</context>
<context>
    <name>vigia::FormSessionTypeCheck</name>
    <message>
        <source>Enter a whole number, such as 12.</source>
        <translation>Digite um número inteiro, como 12.</translation>
    </message>
    <message>
        <source>Enter a number, such as %1.</source>
        <translation>Digite um número, como %1.</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2024-05-31.</source>
        <translation>Digite uma data como ano-mês-dia, por exemplo 2024-05-31.</translation>
    </message>
    <message>
        <source>Enter a date and time, such as 2024-05-31T14:30.</source>
        <translation>Digite uma data e hora, como 2024-05-31T14:30.</translation>
    </message>
    <message>
        <source>Enter a time, such as 14:30.</source>
        <translation>Digite um horário, como 14:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices; pick from the list.</source>
        <translation>&apos;%1&apos; não é uma das opções; escolha da lista.</translation>
    </message>
    <message>
        <source>Enter the latitude and the longitude as numbers, such as 4.61 -74.08.</source>
        <translation>Digite a latitude e a longitude como números, por exemplo 4.61 -74.08.</translation>
    </message>
</context>
<context>
    <name>vigia::FormStore</name>
    <message>
        <source>reading a form</source>
        <translation>ler um formulário</translation>
    </message>
    <message>
        <source>Form %1 version %2 already exists with a different definition. Forms versions never change: give the new definition a new version.</source>
        <translation>O formulário %1 já tem uma versão %2 com uma definição diferente. As versões dos formulários nunca mudam: dê uma versão nova à nova definição.</translation>
    </message>
    <message>
        <source>saving a form</source>
        <translation>salvar um formulário</translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation>ler os formulários</translation>
    </message>
    <message>
        <source>There is no form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation>Não há nenhum formulário %1 neste espaço de trabalho. Importe-o primeiro (vigiactl forms import FILE).</translation>
    </message>
    <message>
        <source>There is no version %2 of form %1 in this workspace. Import it first (vigiactl forms import FILE).</source>
        <translation>Não há nenhuma versão %2 do formulário %1 neste espaço de trabalho. Importe-a primeiro (vigiactl forms import FILE).</translation>
    </message>
</context>
<context>
    <name>vigia::FormValidator</name>
    <message>
        <source>survey row %1</source>
        <translation>survey, linha %1</translation>
    </message>
    <message>
        <source>survey row %1, column %2</source>
        <translation>survey, linha %1, coluna %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation>campo %1, coluna %2</translation>
    </message>
    <message>
        <source>settings: the form has no form_id; give it one.</source>
        <translation>settings: o formulário não tem form_id; atribua um.</translation>
    </message>
    <message>
        <source>settings: the form has no version; give it one, such as 1.</source>
        <translation>settings: o formulário não tem versão; atribua uma, por exemplo, 1.</translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3; every name must be unique.</source>
        <translation>%1: o nome %2 já é usado na linha %3; cada nome deve ser único.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice; every name must be unique.</source>
        <translation>%1: o nome %2 é usado duas vezes; cada nome deve ser único.</translation>
    </message>
    <message>
        <source>%1: unknown type &apos;%2&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation>%1: tipo desconhecido &apos;%2&apos;; consulte docs/form-format.md para ver os tipos que o Vigia reconhece.</translation>
    </message>
    <message>
        <source>%1: the row has no name; give it one.</source>
        <translation>%1: a linha não tem nome; atribua um.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid name; start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>%1: &apos;%2&apos; não é um nome válido; comece com uma letra ou &apos;_&apos; e use apenas letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 needs a choice list, as in &apos;%2 yes_no&apos;.</source>
        <translation>%1: %2 precisa de uma lista de opções, como em &apos;%2 yes_no&apos;.</translation>
    </message>
    <message>
        <source>%1: the choice list &apos;%2&apos; does not exist; add it to the choices.</source>
        <translation>%1: a lista de opções &apos;%2&apos; não existe; adicione-a à planilha choices.</translation>
    </message>
    <message>
        <source>%1: ${%2} refers to a field that does not exist; check the name.</source>
        <translation>%1: ${%2} se refere a um campo que não existe; verifique o nome.</translation>
    </message>
    <message>
        <source>choices row %1, column name: the list &apos;%2&apos; has the choice &apos;%3&apos; twice; rename one.</source>
        <translation>choices, linha %1, coluna name: a lista &apos;%2&apos; tem a opção &apos;%3&apos; duas vezes; renomeie uma delas.</translation>
    </message>
    <message>
        <source>choices: the list &apos;%1&apos; has the choice &apos;%2&apos; twice; rename one.</source>
        <translation>choices: a lista &apos;%1&apos; tem a opção &apos;%2&apos; duas vezes; renomeie uma delas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>survey: %1.</source>
        <translation>survey: %1.</translation>
    </message>
</context>
<context>
    <name>vigia::IdentityCommands</name>
    <message>
        <source>Device id:</source>
        <translation>ID do dispositivo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espaço de trabalho:</translation>
    </message>
    <message>
        <source>&apos;init&apos; needs a name for this device, for example: vigiactl init --name &quot;Ana - laptop&quot;.</source>
        <translation>&apos;init&apos; precisa de um nome para este dispositivo, por exemplo: vigiactl init --name &quot;Ana - notebook&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose --role researcher or --role coordinator.</source>
        <translation>Papel desconhecido &apos;%1&apos;. Escolha --role researcher (pesquisador) ou --role coordinator (coordenador).</translation>
    </message>
    <message>
        <source>A workspace already exists in %1; nothing was changed. Use it (e.g. &apos;vigiactl identity show&apos;), or choose another folder with --workspace DIR.</source>
        <translation>Já existe um espaço de trabalho em %1; nada foi alterado. Use-o (por exemplo, &apos;vigiactl identity show&apos;) ou escolha outra pasta com --workspace PASTA.</translation>
    </message>
    <message>
        <source>warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase protection of this workspace is weak. Use it for tests only.</source>
        <translation>aviso: VIGIA_INSECURE_TEST_KDF=1 está definida, portanto a proteção por frase secreta deste espaço de trabalho é fraca. Use-o somente para testes.</translation>
    </message>
    <message>
        <source>Created a workspace in %1. Keep the passphrase safe: without it nobody can open this workspace.</source>
        <translation>Espaço de trabalho criado em %1. Guarde a frase secreta em um lugar seguro: sem ela, ninguém consegue abrir este espaço de trabalho.</translation>
    </message>
</context>
<context>
    <name>vigia::KeyStore</name>
    <message>
        <source>The keystore file %1 is damaged or is not a Vigia keystore. Restore it from a backup.</source>
        <translation>O arquivo do repositório de chaves %1 está danificado ou não é um repositório de chaves do Vigia. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase secreta incorreta. Verifique o layout do teclado e o Caps Lock e tente novamente.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised. Reinstall Vigia; if the problem persists, report it.</source>
        <translation>Não foi possível inicializar a biblioteca de criptografia. Reinstale o Vigia; se o problema persistir, relate-o.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys. Close other programs and try again.</source>
        <translation>Não há memória protegida suficiente para as chaves. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>Could not write the keystore file %1 (%2). Check that the folder exists, is writable and that the disk is not full.</source>
        <translation>Não foi possível gravar o arquivo do repositório de chaves %1 (%2). Verifique se a pasta existe, se há permissão de gravação nela e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>A keystore already exists at %1 and was left untouched. Vigia never overwrites a device identity; move that file away first if you really want a new one.</source>
        <translation>Já existe um repositório de chaves em %1, e ele não foi modificado. O Vigia nunca sobrescreve uma identidade de dispositivo; se você realmente quiser uma nova, primeiro mova esse arquivo para outro lugar.</translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to protect the keys.</source>
        <translation>A frase secreta está vazia. Escolha uma frase secreta para proteger as chaves.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range. Use the default settings.</source>
        <translation>As configurações de derivação de chave estão fora do intervalo permitido. Use as configurações padrão.</translation>
    </message>
    <message>
        <source>The keystore file %1 was written by a newer version of Vigia. Update Vigia to open it.</source>
        <translation>O arquivo do repositório de chaves %1 foi gravado por uma versão mais recente do Vigia. Atualize o Vigia para abri-lo.</translation>
    </message>
    <message>
        <source>Could not read the keystore file %1 (%2). Check that your user may read it.</source>
        <translation>Não foi possível ler o arquivo do repositório de chaves %1 (%2). Verifique se o seu usuário tem permissão de leitura.</translation>
    </message>
    <message>
        <source>There is no keystore file at %1. Check the workspace folder, or set up this device first.</source>
        <translation>Não há arquivo de repositório de chaves em %1. Verifique a pasta do espaço de trabalho ou configure este dispositivo primeiro.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase. Close other programs and try again.</source>
        <translation>Não há memória suficiente para derivar a chave a partir da frase secreta. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>The device keys are incomplete or do not belong together. Generate new keys and try again.</source>
        <translation>As chaves do dispositivo estão incompletas ou não correspondem entre si. Gere novas chaves e tente novamente.</translation>
    </message>
    <message>
        <source>The public information may not contain the reserved field &quot;%1&quot;. Rename that field.</source>
        <translation>As informações públicas não podem conter o campo reservado &quot;%1&quot;. Renomeie esse campo.</translation>
    </message>
</context>
<context>
    <name>vigia::MainWindow</name>
    <message>
        <source>Vigia</source>
        <translation>Vigia</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>O espaço de trabalho está bloqueado.</translation>
    </message>
    <message>
        <source>Workspace: %1 (locked)</source>
        <translation>Espaço de trabalho: %1 (bloqueado)</translation>
    </message>
    <message>
        <source>There is no workspace here yet. Create one with &quot;vigiactl init&quot;.</source>
        <translation>Ainda não há um espaço de trabalho aqui. Crie um com &quot;vigiactl init&quot;.</translation>
    </message>
    <message>
        <source>No workspace in %1</source>
        <translation>Não há espaço de trabalho em %1</translation>
    </message>
</context>
<context>
    <name>vigia::Migrations</name>
    <message>
        <source>The store %1 was written by a newer version of Vigia (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais recente do Vigia (esquema %2; esta versão suporta até o %3). Instale a versão mais recente para abri-lo.</translation>
    </message>
</context>
<context>
    <name>vigia::Op</name>
    <message>
        <source>A change in this data is malformed (%1). The data was not applied; ask the sender to export it again.</source>
        <translation>Uma alteração nestes dados está malformada (%1). Os dados não foram aplicados; peça a quem os enviou que os exporte novamente.</translation>
    </message>
    <message>
        <source>device id is not 16 bytes</source>
        <translation>o ID do dispositivo não tem 16 bytes</translation>
    </message>
    <message>
        <source>row id is not 16 bytes</source>
        <translation>o ID da linha não tem 16 bytes</translation>
    </message>
    <message>
        <source>previous hash is not 32 bytes</source>
        <translation>o hash anterior não tem 32 bytes</translation>
    </message>
    <message>
        <source>counter is zero</source>
        <translation>o contador é zero</translation>
    </message>
    <message>
        <source>entity or field is empty</source>
        <translation>a entidade ou o campo está vazio</translation>
    </message>
    <message>
        <source>its time is not after the value it replaced</source>
        <translation>seu horário não é posterior ao do valor que substituiu</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>o valor está ausente</translation>
    </message>
    <message>
        <source>not a CBOR array</source>
        <translation>não é um array CBOR</translation>
    </message>
    <message>
        <source>wrong number of elements</source>
        <translation>número de elementos incorreto</translation>
    </message>
    <message>
        <source>an element has the wrong type</source>
        <translation>um elemento tem o tipo errado</translation>
    </message>
    <message>
        <source>not in canonical form</source>
        <translation>não está na forma canônica</translation>
    </message>
</context>
<context>
    <name>vigia::OpLog</name>
    <message>
        <source>writing the change log</source>
        <translation>gravar o registro de alterações</translation>
    </message>
</context>
<context>
    <name>vigia::OplogCommands</name>
    <message>
        <source>The change log is intact.</source>
        <translation>O registro de alterações está íntegro.</translation>
    </message>
    <message numerus="yes">
        <source>The change log has %n problem(s), listed in the output. Do not share or sync this workspace; ask your coordinator for help.</source>
        <translation>
            <numerusform>O registro de alterações tem %n problema, listado na saída. Não compartilhe nem sincronize este espaço de trabalho; peça ajuda ao seu coordenador.</numerusform>
            <numerusform>O registro de alterações tem %n problemas, listados na saída. Não compartilhe nem sincronize este espaço de trabalho; peça ajuda ao seu coordenador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseSource</name>
    <message>
        <source>This command needs the workspace passphrase. Pass it with --passphrase-file FILE (the passphrase on the first line) or the VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando precisa da frase secreta do espaço de trabalho. Informe-a com --passphrase-file ARQUIVO (com a frase secreta na primeira linha) ou com a variável de ambiente VIGIA_PASSPHRASE, ou execute o vigiactl em um terminal para que ela seja solicitada.</translation>
    </message>
    <message>
        <source>The passphrase file %1 does not exist. Check the path given to --passphrase-file.</source>
        <translation>O arquivo de frase secreta %1 não existe. Verifique o caminho informado em --passphrase-file.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2. Check its permissions.</source>
        <translation>Não é possível ler o arquivo de frase secreta %1: %2. Verifique as permissões dele.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is too large to be a passphrase file. Put only the passphrase in it, on the first line.</source>
        <translation>O arquivo %1 é grande demais para ser um arquivo de frase secreta. Coloque nele apenas a frase secreta, na primeira linha.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line. Put the passphrase on its first line.</source>
        <translation>O arquivo de frase secreta %1 começa com uma linha vazia. Coloque a frase secreta na primeira linha.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nova frase secreta para %1: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase secreta para %1: </translation>
    </message>
    <message>
        <source>No passphrase was entered. Type it at the prompt, or pass it with --passphrase-file FILE or VIGIA_PASSPHRASE.</source>
        <translation>Nenhuma frase secreta foi digitada. Digite-a quando for solicitada ou informe-a com --passphrase-file ARQUIVO ou VIGIA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation>Digite a frase secreta novamente: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Run the command again and type the same passphrase twice.</source>
        <translation>As duas frases secretas são diferentes. Execute o comando novamente e digite a mesma frase secreta duas vezes.</translation>
    </message>
    <message>
        <source>No passphrase was given. Pass it with --passphrase-file FILE or VIGIA_PASSPHRASE.</source>
        <translation>Nenhuma frase secreta foi informada. Informe-a com --passphrase-file ARQUIVO ou VIGIA_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>vigia::Projector</name>
    <message>
        <source>storing a value</source>
        <translation>gravar um valor</translation>
    </message>
    <message>
        <source>reading a value</source>
        <translation>ler um valor</translation>
    </message>
    <message>
        <source>updating a value</source>
        <translation>atualizar um valor</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>atualizar o índice de busca</translation>
    </message>
    <message>
        <source>updating a projection</source>
        <translation>atualizar uma projeção</translation>
    </message>
    <message>
        <source>closing a conflict</source>
        <translation>fechar um conflito</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>registrar um conflito</translation>
    </message>
</context>
<context>
    <name>vigia::RecordCommands</name>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE; write for example country=BR.</source>
        <translation>&apos;%1&apos; não está na forma CAMPO=VALOR; escreva, por exemplo, country=BR.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;. Use --status draft or --status finalized.</source>
        <translation>Status desconhecido &apos;%1&apos;. Use --status draft (rascunho) ou --status finalized (finalizado).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a date. Write dates as YYYY-MM-DD, for example 2024-03-31.</source>
        <translation>&apos;%1&apos;, informado em --%2, não é uma data. Escreva as datas como AAAA-MM-DD, por exemplo, 2024-03-31.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2, so nothing could match. Swap the dates.</source>
        <translation>--from %1 é posterior a --to %2, então nenhum registro pode corresponder. Inverta as datas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; given to --%2 is not a whole number of 0 or more.</source>
        <translation>&apos;%1&apos;, informado em --%2, não é um número inteiro maior ou igual a 0.</translation>
    </message>
    <message>
        <source>&apos;record new&apos; needs a form: vigiactl record new --form ID. Run &apos;vigiactl record new --help&apos; for details.</source>
        <translation>&apos;record new&apos; precisa de um formulário: vigiactl record new --form ID. Execute &apos;vigiactl record new --help&apos; para ver os detalhes.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n field(s) in record %1.</source>
        <translation>
            <numerusform>%n campo salvo no registro %1.</numerusform>
            <numerusform>%n campos salvos no registro %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 is finalized.</source>
        <translation>O registro %1 está finalizado.</translation>
    </message>
    <message>
        <source>Record %1 is a draft again.</source>
        <translation>O registro %1 voltou a ser um rascunho.</translation>
    </message>
    <message>
        <source>Record %1 is deleted; &apos;vigiactl record restore %1&apos; brings it back.</source>
        <translation>O registro %1 foi excluído; &apos;vigiactl record restore %1&apos; o recupera.</translation>
    </message>
    <message>
        <source>Record %1 is restored.</source>
        <translation>O registro %1 foi restaurado.</translation>
    </message>
    <message numerus="yes">
        <source>No records here: %n record(s) match, fewer than --offset %1.</source>
        <translation>
            <numerusform>Nenhum registro aqui: %n registro corresponde, menos que --offset %1.</numerusform>
            <numerusform>Nenhum registro aqui: %n registros correspondem, menos que --offset %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Nenhum registro corresponde.</translation>
    </message>
    <message>
        <source>Records %1–%2 of %3. Use --offset and --limit to see others.</source>
        <translation>Registros %1–%2 de %3. Use --offset e --limit para ver outros.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordStore</name>
    <message>
        <source>&apos;%1&apos; is not a record id. A record id looks like 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</source>
        <translation>&apos;%1&apos; não é um ID de registro. Um ID de registro tem esta forma: 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name. Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; não é um nome de campo válido. Use letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;, começando com uma letra.</translation>
    </message>
    <message>
        <source>A record needs a form id. Name the form to use.</source>
        <translation>Um registro precisa de um ID de formulário. Indique o formulário a ser usado.</translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before changing it.</source>
        <translation>O registro %1 foi excluído. Restaure-o antes de alterá-lo.</translation>
    </message>
    <message>
        <source>Record %1 is finalized. Reopen it before changing it.</source>
        <translation>O registro %1 está finalizado. Reabra-o antes de alterá-lo.</translation>
    </message>
    <message>
        <source>Record %1 is deleted. Restore it before reopening it.</source>
        <translation>O registro %1 foi excluído. Restaure-o antes de reabri-lo.</translation>
    </message>
    <message>
        <source>Record %1 is not finalized, so there is nothing to reopen.</source>
        <translation>O registro %1 não está finalizado, então não há nada a reabrir.</translation>
    </message>
    <message>
        <source>Record %1 is not deleted, so there is nothing to restore.</source>
        <translation>O registro %1 não está excluído, então não há nada a restaurar.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>O registro %1 já está excluído.</translation>
    </message>
    <message>
        <source>No record %1 exists in this workspace. List the records to find its id.</source>
        <translation>Não existe nenhum registro %1 neste espaço de trabalho. Liste os registros para encontrar o ID dele.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>ler um registro</translation>
    </message>
    <message>
        <source>listing records</source>
        <translation>listar registros</translation>
    </message>
    <message>
        <source>counting records</source>
        <translation>contar registros</translation>
    </message>
</context>
<context>
    <name>vigia::RecordText</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulário:</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Versão do formulário:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Excluído:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizado:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflitos:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORMULÁRIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ATUALIZADO</translation>
    </message>
    <message>
        <source>%1, deleted</source>
        <translation>%1, excluído</translation>
    </message>
</context>
<context>
    <name>vigia::ReferenceData</name>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>The reference data file %1 is missing. Restore it, or stop using the folder of edited reference data so that Vigia uses its built-in copy.</source>
        <translation>O arquivo de dados de referência %1 está faltando. Restaure-o ou deixe de usar a pasta de dados de referência editados para que o Vigia use sua cópia embutida.</translation>
    </message>
    <message>
        <source>Could not read the reference data file %1 (%2). Check that the file can be read by your user account.</source>
        <translation>Não foi possível ler o arquivo de dados de referência %1 (%2). Verifique se a sua conta de usuário pode ler o arquivo.</translation>
    </message>
    <message>
        <source>The reference data file %1 is not valid JSON: %2 at line %3 (byte offset %4). Correct the file there, or restore the copy shipped with Vigia.</source>
        <translation>O arquivo de dados de referência %1 não é um JSON válido: %2 na linha %3 (posição em bytes %4). Corrija o arquivo nesse ponto ou restaure a cópia fornecida com o Vigia.</translation>
    </message>
    <message>
        <source>The reference data file %1 has no valid &quot;version&quot; (a whole number from 1). Add one, and raise it whenever the file is edited.</source>
        <translation>O arquivo de dados de referência %1 não tem um &quot;version&quot; válido (um número inteiro a partir de 1). Adicione-o e aumente-o sempre que o arquivo for editado.</translation>
    </message>
    <message>
        <source>The reference data file %1 has no &quot;%2&quot; list, or the list is empty. Add it, or restore the copy shipped with Vigia.</source>
        <translation>O arquivo de dados de referência %1 não tem a lista &quot;%2&quot;, ou a lista está vazia. Adicione-a ou restaure a cópia fornecida com o Vigia.</translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list has no &quot;%4&quot;. Give every entry a unique &quot;%4&quot;.</source>
        <translation>Em %1, a entrada %2 da lista &quot;%3&quot; não tem &quot;%4&quot;. Dê a cada entrada um &quot;%4&quot; exclusivo.</translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list is not an ISO 3166-1 alpha-2 country code. Use two capital letters, such as &quot;AR&quot;.</source>
        <translation>Em %1, &quot;%2&quot; da lista &quot;%3&quot; não é um código de país ISO 3166-1 alfa-2. Use duas letras maiúsculas, como &quot;AR&quot;.</translation>
    </message>
    <message>
        <source>In %1, the id &quot;%2&quot; in the &quot;%3&quot; list is not valid. Use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Em %1, o ID &quot;%2&quot; da lista &quot;%3&quot; não é válido. Use letras minúsculas, dígitos e sublinhados, começando com uma letra.</translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; list contains &quot;%3&quot; more than once. Remove the duplicate entry or give it another id.</source>
        <translation>Em %1, a lista &quot;%2&quot; contém &quot;%3&quot; mais de uma vez. Remova a entrada duplicada ou dê a ela outro ID.</translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; in the &quot;%3&quot; list has no %4 text (&quot;%5&quot; under &quot;%6&quot;). Add it: every entry needs English (en), Spanish (es) and Portuguese (pt) text.</source>
        <translation>Em %1, &quot;%2&quot; da lista &quot;%3&quot; não tem texto em %4 (&quot;%5&quot; dentro de &quot;%6&quot;). Adicione-o: toda entrada precisa de texto em inglês (en), espanhol (es) e português (pt).</translation>
    </message>
    <message>
        <source>In %1, the &quot;%2&quot; field of &quot;%3&quot; in the &quot;%4&quot; list must be a list of non-empty texts, such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>Em %1, o campo &quot;%2&quot; de &quot;%3&quot; na lista &quot;%4&quot; deve ser uma lista de textos não vazios, como [&quot;a&quot;, &quot;b&quot;].</translation>
    </message>
    <message>
        <source>The reference data folder %1 does not exist. Choose the folder that holds countries.json, border_zones.json and taxonomy.json.</source>
        <translation>A pasta de dados de referência %1 não existe. Escolha a pasta que contém countries.json, border_zones.json e taxonomy.json.</translation>
    </message>
    <message>
        <source>%1 (built into Vigia)</source>
        <translation>%1 (embutido no Vigia)</translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; has the subregion &quot;%3&quot;, which is not in the &quot;subregions&quot; list. Use one of: %4.</source>
        <translation>Em %1, o país &quot;%2&quot; tem a sub-região &quot;%3&quot;, que não está na lista &quot;subregions&quot;. Use uma destas: %4.</translation>
    </message>
    <message>
        <source>In %1, the country &quot;%2&quot; belongs to the bloc &quot;%3&quot;, which is not in the &quot;blocs&quot; list. Add the bloc there, or remove it from the country.</source>
        <translation>Em %1, o país &quot;%2&quot; pertence ao bloco &quot;%3&quot;, que não está na lista &quot;blocs&quot;. Adicione o bloco a essa lista ou remova-o do país.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists no countries. Add the codes of the Latin American and Caribbean countries it spans.</source>
        <translation>Em %1, a zona de fronteira &quot;%2&quot; não lista nenhum país. Adicione os códigos dos países da América Latina e do Caribe que ela abrange.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; names the country &quot;%3&quot;, which is not in %4. Use the code of a Latin American or Caribbean country, or list a country outside the region under &quot;external_countries&quot;.</source>
        <translation>Em %1, a zona de fronteira &quot;%2&quot; cita o país &quot;%3&quot;, que não está em %4. Use o código de um país da América Latina ou do Caribe, ou liste os países de fora da região em &quot;external_countries&quot;.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, which is not an ISO 3166-1 alpha-2 code. Use two capital letters, such as &quot;US&quot;.</source>
        <translation>Em %1, a zona de fronteira &quot;%2&quot; lista &quot;%3&quot; em &quot;external_countries&quot;, mas esse não é um código ISO 3166-1 alfa-2. Use duas letras maiúsculas, como &quot;US&quot;.</translation>
    </message>
    <message>
        <source>In %1, the border zone &quot;%2&quot; lists &quot;%3&quot; under &quot;external_countries&quot;, but it is a country of the region. Move it to &quot;countries&quot;.</source>
        <translation>Em %1, a zona de fronteira &quot;%2&quot; lista &quot;%3&quot; em &quot;external_countries&quot;, mas esse é um país da região. Mova-o para &quot;countries&quot;.</translation>
    </message>
    <message>
        <source>The reference data file %1 does not hold a JSON object ({ … }) at the top level. Restore the copy shipped with Vigia.</source>
        <translation>O arquivo de dados de referência %1 não contém um objeto JSON ({ … }) no nível superior. Restaure a cópia fornecida com o Vigia.</translation>
    </message>
    <message>
        <source>In %1, entry %2 of the &quot;%3&quot; list is not an object ({ … }). Correct it, or restore the copy shipped with Vigia.</source>
        <translation>Em %1, a entrada %2 da lista &quot;%3&quot; não é um objeto ({ … }). Corrija-a ou restaure a cópia fornecida com o Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Não é possível gravar a captura de tela %1.</translation>
    </message>
</context>
<context>
    <name>vigia::Transaction</name>
    <message>
        <source>starting a change</source>
        <translation>iniciar uma alteração</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>salvar a alteração</translation>
    </message>
</context>
<context>
    <name>vigia::Workspace</name>
    <message>
        <source>The device needs a name, for example &quot;Ana - laptop&quot;.</source>
        <translation>O dispositivo precisa de um nome, por exemplo, &quot;Ana - notebook&quot;.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose researcher or coordinator.</source>
        <translation>Papel desconhecido &apos;%1&apos;. Escolha researcher (pesquisador) ou coordinator (coordenador).</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least 8 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>A frase secreta é curta demais. Use pelo menos 8 caracteres; algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>A workspace already exists in %1. Open it, or choose another folder.</source>
        <translation>Já existe um espaço de trabalho em %1. Abra-o ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The folder %1 holds a store without a keystore. Move it away or choose another folder; nothing was changed.</source>
        <translation>A pasta %1 contém um banco de dados sem repositório de chaves. Mova esse banco de dados para outro lugar ou escolha outra pasta; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se há permissão de gravação.</translation>
    </message>
    <message>
        <source>saving the device identity</source>
        <translation>salvar a identidade do dispositivo</translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Create one first (vigiactl init, or start the Vigia app).</source>
        <translation>Não há um espaço de trabalho do Vigia em %1. Crie um primeiro (com vigiactl init ou abrindo o aplicativo Vigia).</translation>
    </message>
    <message>
        <source>The store in %1 does not belong to this keystore. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>O banco de dados em %1 não pertence a este repositório de chaves. Restaure a pasta do espaço de trabalho a partir de um backup; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormHeader</name>
    <message>
        <source>%1 sheet: the column &apos;%2&apos; appears twice (columns %3 and %4); delete or rename one of them.</source>
        <translation>planilha %1: a coluna &apos;%2&apos; aparece duas vezes (colunas %3 e %4); exclua ou renomeie uma delas.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsFormImporter</name>
    <message>
        <source>%1 is an old .xls workbook, which Vigia cannot read. Open it in a spreadsheet program, save it as .xlsx and import that file.</source>
        <translation>%1 é uma pasta de trabalho .xls antiga, que o Vigia não consegue ler. Abra o arquivo em um programa de planilhas, salve-o como .xlsx e importe esse arquivo.</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>%1 row %2, column %3</source>
        <translation>%1, linha %2, coluna %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the choices sheet needs a list_name and a name column; add them to its first row.</source>
        <translation>a planilha choices precisa de uma coluna list_name e de uma coluna name; adicione-as à primeira linha dela.</translation>
    </message>
    <message>
        <source>the choice has no %1; fill it in or delete the row.</source>
        <translation>a opção não tem %1; preencha esse valor ou exclua a linha.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no; write yes or no.</source>
        <translation>&apos;%1&apos; não é yes nem no; escreva yes ou no.</translation>
    </message>
    <message>
        <source>%1 has no survey sheet, so it is not an XLSForm. Add a sheet called survey with the questions.</source>
        <translation>%1 não tem uma planilha survey, então não é um XLSForm. Adicione uma planilha chamada survey com as perguntas.</translation>
    </message>
    <message>
        <source>the survey sheet needs a type and a name column; add them to its first row.</source>
        <translation>a planilha survey precisa de uma coluna type e de uma coluna name; adicione-as à primeira linha dela.</translation>
    </message>
    <message>
        <source>%1 row %2: the row has no type and was skipped.</source>
        <translation>%1, linha %2: a linha não tem type e foi ignorada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no matching begin row; delete it or add the begin row.</source>
        <translation>&apos;%1&apos; não tem uma linha begin correspondente; exclua-a ou adicione a linha begin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes &apos;%2&apos;, begun at row %3; make them match.</source>
        <translation>&apos;%1&apos; fecha &apos;%2&apos;, iniciado na linha %3; faça com que correspondam.</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; see docs/form-format.md for the types Vigia knows.</source>
        <translation>tipo desconhecido &apos;%1&apos;; consulte docs/form-format.md para ver os tipos que o Vigia reconhece.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type; only selects name a choice list after the type.</source>
        <translation>&apos;%1&apos; não é um tipo; só os tipos select levam o nome de uma lista de opções depois do tipo.</translation>
    </message>
    <message>
        <source>%1 needs a choice list, as in &apos;%1 yes_no&apos;.</source>
        <translation>%1 precisa de uma lista de opções, como em &apos;%1 yes_no&apos;.</translation>
    </message>
    <message>
        <source>%1 row %2: &apos;%3&apos; (%4) cannot be collected on the desktop; the row is kept but not collected.</source>
        <translation>%1, linha %2: &apos;%3&apos; (%4) não pode ser coletado no aplicativo de desktop; a linha é mantida, mas não é coletada.</translation>
    </message>
    <message>
        <source>%1 row %2: the loop &apos;%3&apos; was imported as a group; Vigia has no loops, so use a repeat instead.</source>
        <translation>%1, linha %2: o loop &apos;%3&apos; foi importado como grupo; o Vigia não tem loops, então use um repeat no lugar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed; add an &apos;end %2&apos; row after its last question.</source>
        <translation>&apos;%1&apos; nunca é fechado; adicione uma linha &apos;end %2&apos; depois da última pergunta dele.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxPackage</name>
    <message>
        <source>%1 does not exist. Check the file name and folder, then try again.</source>
        <translation>%1 não existe. Verifique o nome do arquivo e a pasta e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the limit for a workbook. Remove sheets or images the form does not need, save it again, then import again.</source>
        <translation>%1 tem mais de %2 MiB, o limite para uma pasta de trabalho. Remova as planilhas ou imagens de que o formulário não precisa, salve o arquivo novamente e importe-o de novo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that you may read the file, then try again.</source>
        <translation>Não foi possível ler %1: %2. Verifique se você tem permissão para ler o arquivo e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in a spreadsheet program, remove the password, save it as .xlsx, then import again.</source>
        <translation>%1 está protegido por senha. Abra o arquivo em um programa de planilhas, remova a senha, salve-o como .xlsx e importe-o novamente.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 (.xls) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 é uma pasta de trabalho do Excel 97–2003 (.xls). Abra o arquivo em um programa de planilhas, salve-o como .xlsx e importe-o novamente.</translation>
    </message>
    <message>
        <source>%1 contains %2 files, more than the limit of %3 for a workbook. Copy the form&apos;s sheets into a new workbook, then import that one.</source>
        <translation>%1 contém %2 arquivos, mais do que o limite de %3 para uma pasta de trabalho. Copie as planilhas do formulário para uma nova pasta de trabalho e importe essa nova pasta.</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>a parte não existe</translation>
    </message>
    <message>
        <source>the part cannot be found in the zip directory</source>
        <translation>a parte não consta no diretório do zip</translation>
    </message>
    <message>
        <source>the part cannot be unpacked</source>
        <translation>a parte não pode ser descompactada</translation>
    </message>
    <message>
        <source>the part fails its checksum</source>
        <translation>a soma de verificação da parte não confere</translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2 (%3)</source>
        <translation>o XML está malformado na linha %1, coluna %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2, in its part %3. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está danificado na parte %3: %2. Abra o arquivo em um programa de planilhas, salve-o novamente como .xlsx e importe-o de novo.</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed here</source>
        <translation>uma declaração de tipo de documento não é permitida aqui</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 MiB, the limit for one part. Remove rows, sheets or images the form does not need, then import again.</source>
        <translation>%1 não pode ser importado: a parte %2 ocupa mais de %3 MiB ao ser descompactada, o limite para uma parte. Remova as linhas, planilhas ou imagens de que o formulário não precisa e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its part %2 unpacks to more than %3 times its compressed size, beyond the compression ratio limit of %3:1 that protects against zip bombs. Open the workbook in a spreadsheet program, save it again as .xlsx, then import again.</source>
        <translation>%1 não pode ser importado: a parte %2 ocupa, ao ser descompactada, mais de %3 vezes o seu tamanho compactado, acima do limite de taxa de compressão de %3:1 que protege contra bombas zip. Abra a pasta de trabalho em um programa de planilhas, salve-a novamente como .xlsx e importe-a de novo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: its parts unpack to more than %2 MiB together, the limit for a workbook. Remove sheets or images the form does not need, then import again.</source>
        <translation>%1 não pode ser importado: as partes dele ocupam juntas mais de %2 MiB ao serem descompactadas, o limite para uma pasta de trabalho. Remova as planilhas ou imagens de que o formulário não precisa e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an .xlsx workbook: it cannot be read as a zip archive. Open it in a spreadsheet program and save it as .xlsx, then import again; if it was copied or downloaded, copy it again.</source>
        <translation>%1 está danificado ou não é uma pasta de trabalho .xlsx: não pode ser lido como arquivo zip. Abra o arquivo em um programa de planilhas, salve-o como .xlsx e importe-o novamente; se ele foi copiado ou baixado, copie-o de novo.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSharedStrings</name>
    <message>
        <source>%1 cannot be imported: %2 holds more than %3 different texts, the limit for a workbook. Remove sheets the form does not need, then import again.</source>
        <translation>%1 não pode ser importado: %2 contém mais de %3 textos diferentes, o limite para uma pasta de trabalho. Remova as planilhas de que o formulário não precisa e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: text number %2 in %3 is %4 characters long, more than the limit of %5 for one cell. Shorten it, then import again.</source>
        <translation>%1 não pode ser importado: o texto número %2 em %3 tem %4 caracteres, mais do que o limite de %5 para uma célula. Encurte-o e importe o arquivo novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxSheetParser</name>
    <message>
        <source>the row number %1 is not valid</source>
        <translation>o número de linha %1 não é válido</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has more than %4 rows with values, the limit for one sheet. Delete the rows the form does not need, then import again.</source>
        <translation>%1 não pode ser importado: a planilha &quot;%2&quot; (%3) tem mais de %4 linhas com valores, o limite para uma planilha. Exclua as linhas de que o formulário não precisa e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>the cell reference %1 is not valid</source>
        <translation>a referência de célula %1 não é válida</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the sheet &quot;%2&quot; (%3) has a value in cell %4, beyond the limit of %5 columns for one sheet. Delete the columns the form does not need, then import again.</source>
        <translation>%1 não pode ser importado: a planilha &quot;%2&quot; (%3) tem um valor na célula %4, além do limite de %5 colunas para uma planilha. Exclua as colunas de que o formulário não precisa e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: cell %2 of the sheet &quot;%3&quot; (%4) holds %5 characters, more than the limit of %6 for one cell. Shorten it, then import again.</source>
        <translation>%1 não pode ser importado: a célula %2 da planilha &quot;%3&quot; (%4) contém %5 caracteres, mais do que o limite de %6 para uma célula. Encurte o conteúdo e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared text number %2, but there are %3</source>
        <translation>a célula %1 se refere ao texto compartilhado número %2, mas só há %3</translation>
    </message>
    <message>
        <source>cell %1 should hold TRUE or FALSE but holds &quot;%2&quot;</source>
        <translation>a célula %1 deveria conter TRUE ou FALSE, mas contém &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cell %1 should hold a number but holds &quot;%2&quot;</source>
        <translation>a célula %1 deveria conter um número, mas contém &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 in the sheet &quot;%2&quot;</source>
        <translation>%1 na planilha &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxWorkbook</name>
    <message>
        <source>%1 is damaged: its part %2, which says where the sheets are, is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está danificado: falta a parte %2, que indica onde estão as planilhas. Abra o arquivo em um programa de planilhas, salve-o novamente como .xlsx e importe-o de novo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; points to %3, which %4 does not list. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está danificado: a planilha &quot;%2&quot; aponta para %3, que não consta em %4. Abra o arquivo em um programa de planilhas, salve-o novamente como .xlsx e importe-o de novo.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &quot;%2&quot; should be in its part %3, which is missing. Open it in a spreadsheet program and save it again as .xlsx, then import again.</source>
        <translation>%1 está danificado: a planilha &quot;%2&quot; deveria estar na parte %3, que está faltando. Abra o arquivo em um programa de planilhas, salve-o novamente como .xlsx e importe-o de novo.</translation>
    </message>
    <message>
        <source>%1 is an Excel binary (.xlsb) workbook. Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 é uma pasta de trabalho binária do Excel (.xlsb). Abra o arquivo em um programa de planilhas, salve-o como .xlsx e importe-o novamente.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel workbook: it has no workbook part (%2). Open it in a spreadsheet program and save it as .xlsx, then import again.</source>
        <translation>%1 está danificado ou não é uma pasta de trabalho do Excel: não tem a parte da pasta de trabalho (%2). Abra o arquivo em um programa de planilhas, salve-o como .xlsx e importe-o novamente.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3. Rename the sheet or add it, then import again.</source>
        <translation>%1 não tem nenhuma planilha chamada &quot;%2&quot;; as planilhas dele são: %3. Renomeie a planilha ou adicione-a e importe o arquivo novamente.</translation>
    </message>
</context>
</TS>
