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
        <source>Write screenshots of every view and dialog in every language to DIR (using a temporary sample workspace), then quit.</source>
        <translation>Gravar capturas de tela de todas as visualizações e caixas de diálogo em todos os idiomas em DIR (usando um espaço de trabalho de exemplo temporário) e sair.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Pasta de saída.</translation>
    </message>
    <message>
        <source>Write a picture of the first window to FILE (PNG), then quit: to check an installation.</source>
        <translation>Gravar em FILE uma imagem da primeira janela (PNG) e sair: para verificar uma instalação.</translation>
    </message>
    <message>
        <source>A bundle, invitation or approval to open once the workspace is unlocked.</source>
        <translation>Um pacote, convite ou aprovação a abrir depois que o espaço de trabalho for desbloqueado.</translation>
    </message>
</context>
<context>
    <name>vigia::AboutDialog</name>
    <message>
        <source>About Vigia</source>
        <translation>Sobre o Vigia</translation>
    </message>
    <message>
        <source>Vigia %1</source>
        <translation>Vigia %1</translation>
    </message>
    <message>
        <source>Offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.</source>
        <translation>Monitoramento, com prioridade para o uso offline, da exploração sexual de crianças e adolescentes na América Latina e no Caribe.</translation>
    </message>
    <message>
        <source>Free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or any later version (%1). There is no warranty. &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Software livre: você pode redistribuí-lo e modificá-lo sob os termos da Licença Pública Geral GNU, versão 3 ou qualquer versão posterior (%1). Não há nenhuma garantia. &lt;a href=&quot;%2&quot;&gt;Ler a licença&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Bibliotecas em uso:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliotecas em uso</translation>
    </message>
</context>
<context>
    <name>vigia::BackupCommands</name>
    <message>
        <source>--out FILE</source>
        <translation>--out FILE</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file.</source>
        <translation>Gravar uma cópia de segurança deste espaço de trabalho em um único arquivo criptografado.</translation>
    </message>
    <message>
        <source>Copies the workspace (keystore, store, settings, project key and quarantine) into FILE, encrypted and authenticated; the app and other commands may keep writing meanwhile, and the copy is one consistent moment. The backup opens only with the passphrase the workspace has now. FILE must not exist yet; a half-written backup is never left under its name. Keep backups away from this computer.</source>
        <translation>Copia o espaço de trabalho (repositório de chaves, banco de dados, configurações, chave do projeto e quarentena) para FILE, criptografado e autenticado; enquanto isso, o aplicativo e outros comandos podem continuar gravando, e a cópia retrata um único momento consistente. A cópia de segurança só abre com a frase secreta que o espaço de trabalho tem agora. FILE ainda não pode existir; uma cópia de segurança gravada pela metade nunca fica com esse nome. Guarde as cópias de segurança longe deste computador.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The backup file to write, e.g. on a USB stick.</source>
        <translation>O arquivo de cópia de segurança a gravar, por exemplo, em um pen drive.</translation>
    </message>
    <message>
        <source>Restore a workspace from a backup into the --workspace folder.</source>
        <translation>Restaurar um espaço de trabalho a partir de uma cópia de segurança na pasta indicada em --workspace.</translation>
    </message>
    <message>
        <source>Asks for the passphrase the workspace had when the backup was made, checks the whole backup and restores it into the --workspace folder, which must not exist or be empty. A damaged backup (exit 1) or a wrong passphrase (exit 5) leave the folder untouched. The restored workspace is the same device; it sends none of its changes until the restore is confirmed (a sync with the hub confirms it by itself when the hub holds nothing newer from this device; see confirm-restore).</source>
        <translation>Pede a frase secreta que o espaço de trabalho tinha quando a cópia de segurança foi feita, verifica a cópia inteira e a restaura na pasta indicada em --workspace, que deve estar vazia ou ainda não existir. Uma cópia de segurança danificada (código de saída 1) ou uma frase secreta incorreta (código de saída 5) deixam a pasta intacta. O espaço de trabalho restaurado é o mesmo dispositivo; ele não envia nenhuma de suas alterações até que a restauração seja confirmada (uma sincronização com o hub a confirma automaticamente quando o hub não tem nada mais recente deste dispositivo; consulte confirm-restore).</translation>
    </message>
    <message>
        <source>[--yes]</source>
        <translation>[--yes]</translation>
    </message>
    <message>
        <source>Let a workspace restored from a backup send its changes again.</source>
        <translation>Permitir que um espaço de trabalho restaurado de uma cópia de segurança volte a enviar suas alterações.</translation>
    </message>
    <message>
        <source>A restored workspace holds its changes back, because the lost copy of this device may have sent changes after the backup was made: sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. Confirm only once your coordinator has checked that they received nothing from this device after the backup&apos;s date. Asks on a terminal; --yes confirms without asking.</source>
        <translation>Um espaço de trabalho restaurado retém suas alterações, porque a cópia perdida deste dispositivo pode ter enviado alterações depois que a cópia de segurança foi feita: enviar novas alterações com os mesmos números daria à coordenação duas versões do histórico deste dispositivo. Confirme somente depois que a pessoa que coordena verificar que não recebeu nada deste dispositivo após a data da cópia de segurança. Pergunta em um terminal; --yes confirma sem perguntar.</translation>
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation>Confirmar sem perguntar.</translation>
    </message>
    <message>
        <source>&apos;backup&apos; needs --out FILE.</source>
        <translation>&apos;backup&apos; precisa de --out FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or move the old file away first; nothing was written.</source>
        <translation>%1 já existe. Escolha outro nome ou, antes, mova o arquivo antigo para outro lugar; nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a backup of this workspace to %1 (%2, %n change(s)).</source>
        <translation>
            <numerusform>Cópia de segurança deste espaço de trabalho gravada em %1 (%2, %n alteração).</numerusform>
            <numerusform>Cópia de segurança deste espaço de trabalho gravada em %1 (%2, %n alterações).</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with the current passphrase. Keep it away from this computer, as safe as the computer itself.</source>
        <translation>Ela abre com a frase secreta atual. Guarde-a longe deste computador, tão protegida quanto o próprio computador.</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation>Não existe o arquivo de cópia de segurança %1. Verifique o nome e a unidade em que ele está.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>Cópia de segurança de %1 restaurada em %2.</translation>
    </message>
    <message>
        <source>This workspace sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device; without a hub, ask your coordinator, then run &apos;vigiactl confirm-restore&apos;.</source>
        <translation>Este espaço de trabalho não envia nenhuma de suas alterações até que a restauração seja confirmada: uma sincronização com o hub a confirma automaticamente quando o hub não tem nada mais recente deste dispositivo; sem hub, consulte a pessoa que coordena e depois execute &apos;vigiactl confirm-restore&apos;.</translation>
    </message>
    <message>
        <source>Nothing to confirm: this workspace sends its changes as usual.</source>
        <translation>Nada a confirmar: este espaço de trabalho envia suas alterações normalmente.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup of %1. If the lost copy of this device sent changes after that, sending now makes two versions of its history. Has your coordinator checked that they received nothing from this device after that date?</source>
        <translation>Este espaço de trabalho foi restaurado a partir de uma cópia de segurança de %1. Se a cópia perdida deste dispositivo enviou alterações depois disso, enviar agora cria duas versões do histórico dele. A pessoa que coordena já verificou que não recebeu nada deste dispositivo depois dessa data?</translation>
    </message>
    <message>
        <source>Confirming a restore needs an answer; nothing was changed. Run the command on a terminal, or give --yes once your coordinator has checked.</source>
        <translation>Confirmar uma restauração exige uma resposta; nada foi alterado. Execute o comando em um terminal ou informe --yes depois que a pessoa que coordena tiver verificado.</translation>
    </message>
    <message>
        <source>Not confirmed; this workspace still sends nothing.</source>
        <translation>Não confirmado; este espaço de trabalho continua sem enviar nada.</translation>
    </message>
    <message>
        <source>Confirmed the restore: this workspace sends its changes again.</source>
        <translation>Restauração confirmada: este espaço de trabalho volta a enviar suas alterações.</translation>
    </message>
</context>
<context>
    <name>vigia::BackupGroup</name>
    <message>
        <source>Back up the workspace</source>
        <translation>Fazer cópia de segurança do espaço de trabalho</translation>
    </message>
    <message>
        <source>Vigia backups (*.%1)</source>
        <translation>Cópias de segurança do Vigia (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The backup was written. Keep it away from this computer, as safe as the computer itself.</source>
        <translation>A cópia de segurança foi gravada. Guarde-a longe deste computador, tão protegida quanto o próprio computador.</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Confirmar a restauração</translation>
    </message>
    <message>
        <source>Confirm only if your coordinator has checked that they received no changes from this device made after %1. If the lost copy of this device sent changes after the backup, sending now gives the coordinator two versions of this device&apos;s history, and some of its records may be refused.

Confirm the restore and send again?</source>
        <translation>Confirme somente se a pessoa que coordena verificou que não recebeu alterações deste dispositivo feitas depois de %1. Se a cópia perdida deste dispositivo enviou alterações depois da cópia de segurança, enviar agora dá à coordenação duas versões do histórico deste dispositivo, e alguns dos registros dele podem ser recusados.

Confirmar a restauração e voltar a enviar?</translation>
    </message>
    <message>
        <source>The restore is confirmed: this workspace sends its changes again.</source>
        <translation>A restauração foi confirmada: este espaço de trabalho volta a enviar suas alterações.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Gravando a cópia de segurança…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything Vigia keeps on this computer. It opens with the passphrase you have when you make it. Keep it away from this computer, for example on a USB stick in a safe place.</source>
        <translation>Uma cópia de segurança é um único arquivo criptografado com tudo o que o Vigia guarda neste computador. Ela abre com a frase secreta que você tiver no momento em que a fizer. Guarde-a longe deste computador, por exemplo, em um pen drive em um lugar seguro.</translation>
    </message>
    <message>
        <source>Last backup: %1, written to %2.</source>
        <translation>Última cópia de segurança: %1, gravada em %2.</translation>
    </message>
    <message>
        <source>No backup was made of this workspace yet.</source>
        <translation>Ainda não foi feita nenhuma cópia de segurança deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Fazer cópia de segurança &amp;agora…</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator first.</source>
        <translation>Este espaço de trabalho foi restaurado a partir de uma cópia de segurança feita em %1. Ele não envia nenhuma de suas alterações até que a restauração seja confirmada: uma sincronização com o hub a confirma automaticamente quando o hub não tem nada mais recente deste dispositivo. Sem hub, consulte antes a pessoa que coordena.</translation>
    </message>
    <message>
        <source>Confir&amp;m the restore…</source>
        <translation>Confir&amp;mar a restauração…</translation>
    </message>
</context>
<context>
    <name>vigia::BackupReader</name>
    <message>
        <source>The backup file %1 is damaged or was changed, so nothing was restored. Use another copy of the backup.</source>
        <translation>O arquivo de cópia de segurança %1 está danificado ou foi alterado, por isso nada foi restaurado. Use outra cópia desse arquivo.</translation>
    </message>
    <message>
        <source>Could not read the backup file %1 (%2). Check the drive it is on; nothing was restored.</source>
        <translation>Não foi possível ler o arquivo de cópia de segurança %1 (%2). Verifique a unidade em que ele está; nada foi restaurado.</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name and the drive it is on.</source>
        <translation>Não existe o arquivo de cópia de segurança %1. Verifique o nome e a unidade em que ele está.</translation>
    </message>
    <message>
        <source>Could not open the backup file %1 (%2). Check that your user may read it.</source>
        <translation>Não foi possível abrir o arquivo de cópia de segurança %1 (%2). Verifique se a sua conta neste computador tem permissão de leitura.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigia backup, or its beginning is damaged. Choose the backup file Vigia wrote.</source>
        <translation>O arquivo %1 não é uma cópia de segurança do Vigia, ou o início dele está danificado. Escolha o arquivo de cópia de segurança que o Vigia gravou.</translation>
    </message>
    <message>
        <source>The backup file %1 was written by a newer version of Vigia. Update Vigia to restore it.</source>
        <translation>O arquivo de cópia de segurança %1 foi gravado por uma versão mais recente do Vigia. Atualize o Vigia para restaurá-lo.</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>Não foi possível gerar a chave da cópia de segurança (não há memória segura disponível). Feche outros programas e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::BackupWriter</name>
    <message>
        <source>Could not write the backup file %1 (%2). Free some space or choose another place; no backup was written there.</source>
        <translation>Não foi possível gravar o arquivo de cópia de segurança %1 (%2). Libere espaço ou escolha outro lugar; nenhuma cópia de segurança foi gravada ali.</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>Não foi possível gerar a chave da cópia de segurança (não há memória segura disponível). Feche outros programas e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::BuiltinForms</name>
    <message>
        <source>The built-in form %1 cannot be read: %2 Reinstall Vigia.</source>
        <translation>Não é possível ler o formulário embutido %1: %2 Reinstale o Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleCommands</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--out DIR</source>
        <translation>--out DIR</translation>
    </message>
    <message>
        <source>Write this device&apos;s unacknowledged changes to a bundle in DIR.</source>
        <translation>Gravar em um pacote em DIR as alterações deste dispositivo ainda não confirmadas.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The folder to write into, e.g. a USB stick.</source>
        <translation>A pasta em que gravar, por exemplo, um pen drive.</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>FILE|DIR</translation>
    </message>
    <message>
        <source>Import a bundle, or every bundle in a folder.</source>
        <translation>Importar um pacote ou todos os pacotes de uma pasta.</translation>
    </message>
    <message>
        <source>Checks each bundle (size, project, sender, signature, recipient, contents, change history) and applies it, or keeps it in quarantine when its sender is not approved yet. A bundle already imported changes nothing. Exits with 1 if any bundle was refused.</source>
        <translation>Verifica cada pacote (tamanho, projeto, remetente, assinatura, destinatário, conteúdo, histórico de alterações) e o aplica, ou o mantém em quarentena quando o remetente ainda não foi aprovado. Um pacote já importado não altera nada. Sai com 1 se algum pacote foi recusado.</translation>
    </message>
    <message>
        <source>Show a bundle&apos;s plaintext header; needs no workspace or key.</source>
        <translation>Mostrar o cabeçalho em texto claro de um pacote; não precisa de espaço de trabalho nem de chave.</translation>
    </message>
    <message>
        <source>Prints the bundle id, project, sender, creation time, number of changes, counter ranges and recipients. Checks nothing beyond the format: use bundle verify for that.</source>
        <translation>Imprime o ID do pacote, o projeto, o remetente, a data de criação, o número de alterações, os intervalos de contadores e os destinatários. Não verifica nada além do formato: para isso, use bundle verify.</translation>
    </message>
    <message>
        <source>Check a bundle completely without importing it.</source>
        <translation>Verificar um pacote por completo sem importá-lo.</translation>
    </message>
    <message>
        <source>Runs every check of bundle import (project, approved sender, signature, recipient key, every chunk, hash chains) and applies nothing.</source>
        <translation>Executa todas as verificações de bundle import (projeto, remetente aprovado, assinatura, chave do destinatário, cada bloco, cadeias de hash) e não aplica nada.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>--out FILE [--for DEVICE]</source>
        <translation>--out FILE [--for DEVICE]</translation>
    </message>
    <message>
        <source>Write a receipt for the bundles this device imported.</source>
        <translation>Gravar um recibo dos pacotes que este dispositivo importou.</translation>
    </message>
    <message>
        <source>Writes a receipt signed by this device listing the bundles it applied (of one device with --for). Researchers import it to clear their outbox.</source>
        <translation>Grava um recibo assinado por este dispositivo com a lista dos pacotes que ele aplicou (de um único dispositivo com --for). As pessoas pesquisadoras o importam para esvaziar a caixa de saída.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Only the bundles of this device.</source>
        <translation>Somente os pacotes deste dispositivo.</translation>
    </message>
    <message>
        <source>Import a coordinator&apos;s receipt and clear the outbox.</source>
        <translation>Importar o recibo da coordenação e esvaziar a caixa de saída.</translation>
    </message>
    <message>
        <source>Checks that a coordinator device of the project signed the receipt, then removes the acknowledged changes from the outbox.</source>
        <translation>Verifica se um dispositivo de coordenação do projeto assinou o recibo e, em seguida, remove da caixa de saída as alterações confirmadas.</translation>
    </message>
    <message>
        <source>&apos;bundle export&apos; needs --out DIR.</source>
        <translation>&apos;bundle export&apos; precisa de --out DIR.</translation>
    </message>
    <message>
        <source>Nothing to export: every change has been acknowledged, or only drafts are waiting.</source>
        <translation>Nada a exportar: todas as alterações foram confirmadas ou só há rascunhos aguardando.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n alteração gravada em %1.</numerusform>
            <numerusform>%n alterações gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Não há arquivo nem pasta %1.</translation>
    </message>
    <message>
        <source>No bundles (*.vigiabundle) in %1.</source>
        <translation>Não há pacotes (*.vigiabundle) em %1.</translation>
    </message>
    <message>
        <source>Some bundles were refused; see the messages above.</source>
        <translation>Alguns pacotes foram recusados; veja as mensagens acima.</translation>
    </message>
    <message>
        <source>Bundle id:</source>
        <translation>ID do pacote:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <translation>Versão do formato:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID do projeto:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Alterações:</translation>
    </message>
    <message>
        <source>Ranges:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatários:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>List the bundles held in quarantine.</source>
        <translation>Lista os pacotes retidos em quarentena.</translation>
    </message>
    <message>
        <source>Lists the bundles whose sender is not (yet) approved in the project: the start of the bundle id, the sending device, when it was written and the file&apos;s size. They are imported by themselves once a manifest approves their sender.</source>
        <translation>Lista os pacotes cujo remetente (ainda) não está aprovado no projeto: o início do ID do pacote, o dispositivo que o enviou, quando foi gravado e o tamanho do arquivo. Eles são importados sozinhos quando um manifesto aprova o remetente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Delete one bundle from the quarantine.</source>
        <translation>Exclui um pacote da quarentena.</translation>
    </message>
    <message>
        <source>Deletes the quarantined bundle whose id starts with ID (at least 8 hexadecimal digits, as bundle quarantine list shows them), its file included. Nothing else changes.</source>
        <translation>Exclui o pacote em quarentena cujo ID começa pelos dígitos informados em ID (pelo menos 8 dígitos hexadecimais, como bundle quarantine list os mostra), incluindo o arquivo. Nada mais muda.</translation>
    </message>
    <message>
        <source>%1  from %2  written %3  %4 bytes</source>
        <translation>%1  de %2  gravado %3  %4 bytes</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>A quarentena está vazia.</translation>
    </message>
    <message>
        <source>Deleted bundle %1 from the quarantine.</source>
        <translation>O pacote %1 foi excluído da quarentena.</translation>
    </message>
    <message>
        <source>Writes every change of this device that no receipt has acknowledged yet, encrypted to the project&apos;s recipients and signed by this device: one bundle, or several when there are more changes than one bundle may carry. Drafts are private and never leave the device until they are finalized. Prints nothing to export when the outbox is empty.</source>
        <translation>Grava todas as alterações deste dispositivo que nenhum recibo confirmou ainda, cifradas para os destinatários do projeto e assinadas por este dispositivo: um pacote, ou vários quando há mais alterações do que cabe em um pacote. Os rascunhos são privados e nunca saem do dispositivo até serem finalizados. Não grava nada quando a caixa de saída está vazia.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) in %1 bundles (more than one bundle may carry); take all of them:</source>
        <translation>
            <numerusform>%n alteração gravada em %1 pacotes (mais do que cabe em um pacote); leve todos:</numerusform>
            <numerusform>%n alterações gravadas em %1 pacotes (mais do que cabe em um pacote); leve todos:</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle is valid and was already imported; importing it again changes nothing.</source>
        <translation>O pacote é válido e já foi importado; importá-lo de novo não muda nada.</translation>
    </message>
    <message numerus="yes">
        <source>Left %n bundle(s) addressed to other devices for them to import.</source>
        <translation>
            <numerusform>%n pacote endereçado a outro dispositivo foi deixado para que ele o importe.</numerusform>
            <numerusform>%n pacotes endereçados a outros dispositivos foram deixados para que eles os importem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: this device is the only one in the project so far. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation>Nada a exportar: por enquanto este dispositivo é o único do projeto. As alterações dele ficam aqui e chegam a cada dispositivo que você aprovar, no primeiro pacote dele.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleDownload</name>
    <message>
        <source>The hub did not hand over a bundle</source>
        <translation>O hub não entregou um pacote</translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation>A conexão com o hub caiu</translation>
    </message>
    <message>
        <source>A bundle from the hub does not match its checksum even when fetched again. Tell the hub&apos;s administrator; nothing was imported.</source>
        <translation>Um pacote do hub não confere com a soma de verificação nem quando baixado de novo. Avise quem administra o hub; nada foi importado.</translation>
    </message>
    <message>
        <source>The download of a bundle made no progress. It will resume at the next sync.</source>
        <translation>O download de um pacote não avançou. Ele continua na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleHeader</name>
    <message>
        <source>The bundle header is damaged (%1). Ask the sender to export the bundle again.</source>
        <translation>O cabeçalho do pacote está danificado (%1). Peça a quem o enviou que exporte o pacote novamente.</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>não é CBOR canônico</translation>
    </message>
    <message>
        <source>not a map</source>
        <translation>não é um mapa</translation>
    </message>
    <message>
        <source>unexpected fields</source>
        <translation>campos inesperados</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>o campo &quot;%1&quot; está ausente</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>versão do formato</translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation>a versão do cabeçalho difere da versão do arquivo</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>sender id</source>
        <translation>ID do remetente</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>cabeçalho do fluxo</translation>
    </message>
    <message>
        <source>a number has the wrong type</source>
        <translation>um número tem o tipo errado</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>tamanho do bloco</translation>
    </message>
    <message>
        <source>unknown compression</source>
        <translation>compressão desconhecida</translation>
    </message>
    <message>
        <source>The bundle holds %1 changes, more than the %2 this device accepts in one bundle. Ask the sender to export smaller bundles.</source>
        <translation>O pacote contém %1 alterações, mais do que as %2 que este dispositivo aceita em um pacote. Peça a quem o enviou que exporte pacotes menores.</translation>
    </message>
    <message>
        <source>ranges</source>
        <translation>intervalos</translation>
    </message>
    <message>
        <source>more ranges than changes</source>
        <translation>mais intervalos do que alterações</translation>
    </message>
    <message>
        <source>a range is malformed</source>
        <translation>um intervalo está malformado</translation>
    </message>
    <message>
        <source>a range is empty</source>
        <translation>um intervalo está vazio</translation>
    </message>
    <message>
        <source>ranges overlap</source>
        <translation>os intervalos se sobrepõem</translation>
    </message>
    <message>
        <source>ranges do not add up to the change count</source>
        <translation>a soma dos intervalos não corresponde ao número de alterações</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinatários</translation>
    </message>
    <message>
        <source>The bundle names %1 recipients, more than the %2 this device accepts. It was not read.</source>
        <translation>O pacote indica %1 destinatários, mais do que os %2 que este dispositivo aceita. Ele não foi lido.</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>nenhum destinatário</translation>
    </message>
    <message>
        <source>a recipient is malformed</source>
        <translation>um destinatário está malformado</translation>
    </message>
    <message>
        <source>recipients are not sorted or repeat</source>
        <translation>os destinatários não estão ordenados ou se repetem</translation>
    </message>
</context>
<context>
    <name>vigia::BundleImportResults</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Results of the last import</source>
        <translation>Resultados da última importação</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Já aplicado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Waiting for the sender&apos;s approval</source>
        <translation>Aguardando a aprovação de quem enviou</translation>
    </message>
</context>
<context>
    <name>vigia::BundlePayloadParser</name>
    <message>
        <source>The changes inside the bundle are damaged (%1). Nothing was applied; ask the sender to export the bundle again.</source>
        <translation>As alterações dentro do pacote estão danificadas (%1). Nada foi aplicado; peça a quem o enviou que exporte o pacote novamente.</translation>
    </message>
    <message>
        <source>not a list of changes</source>
        <translation>não é uma lista de alterações</translation>
    </message>
    <message>
        <source>not canonical CBOR</source>
        <translation>não é CBOR canônico</translation>
    </message>
    <message>
        <source>%1 changes where the header announces %2</source>
        <translation>%1 alterações onde o cabeçalho anuncia %2</translation>
    </message>
    <message>
        <source>data after the last change</source>
        <translation>dados após a última alteração</translation>
    </message>
    <message>
        <source>malformed CBOR</source>
        <translation>CBOR malformado</translation>
    </message>
    <message>
        <source>A change inside the bundle is larger than the %1 bytes this device accepts, so the bundle was not read. Ask the sender to check it.</source>
        <translation>Uma alteração dentro do pacote é maior que os %1 bytes que este dispositivo aceita, por isso o pacote não foi lido. Peça a quem o enviou que o verifique.</translation>
    </message>
    <message>
        <source>change %1 does not match the header&apos;s ranges</source>
        <translation>a alteração %1 não corresponde aos intervalos do cabeçalho</translation>
    </message>
    <message>
        <source>Change %1 in the bundle does not follow the one before it from the same device: its hash chain is broken. Nothing was applied; ask the sender to check their device with &quot;vigiactl oplog verify&quot;.</source>
        <translation>A alteração %1 do pacote não dá sequência à anterior do mesmo dispositivo: a cadeia de hash está quebrada. Nada foi aplicado; peça a quem o enviou que verifique o próprio dispositivo com &quot;vigiactl oplog verify&quot;.</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>conteúdo vazio</translation>
    </message>
    <message>
        <source>%1 of %2 changes present</source>
        <translation>%1 de %2 alterações presentes</translation>
    </message>
</context>
<context>
    <name>vigia::BundleReader</name>
    <message>
        <source>This file is not a readable Vigia bundle (%1). It may be incomplete: copy it again from the sender.</source>
        <translation>Este arquivo não é um pacote do Vigia legível (%1). Ele pode estar incompleto: copie-o novamente a partir do original de quem o enviou.</translation>
    </message>
    <message>
        <source>The bundle was altered after it was signed (%1). Nothing was applied. Delete the file and ask the sender for a new copy.</source>
        <translation>O pacote foi alterado depois de assinado (%1). Nada foi aplicado. Exclua o arquivo e peça uma nova cópia a quem o enviou.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than the %2 bytes this device accepts, so it was not read. Ask the sender to export smaller bundles.</source>
        <translation>O %1 do pacote é maior que os %2 bytes que este dispositivo aceita, por isso ele não foi lido. Peça a quem o enviou que exporte pacotes menores.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>no bundle signature at the start</source>
        <translation>nenhuma assinatura de pacote no início</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation>versão de formato 0</translation>
    </message>
    <message>
        <source>This bundle uses format %1, made by a newer Vigia. Update Vigia to import it.</source>
        <translation>Este pacote usa o formato %1, criado por uma versão mais recente do Vigia. Atualize o Vigia para importá-lo.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>truncated chunk</source>
        <translation>bloco truncado</translation>
    </message>
    <message>
        <source>chunk %1 has an impossible length</source>
        <translation>o bloco %1 tem um tamanho impossível</translation>
    </message>
    <message>
        <source>no encrypted data</source>
        <translation>nenhum dado criptografado</translation>
    </message>
    <message>
        <source>Could not open %1 (%2).</source>
        <translation>Não foi possível abrir %1 (%2).</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>Não foi possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>The sender&apos;s signing key in the project manifest is malformed. Ask the coordinator to check it.</source>
        <translation>A chave de assinatura do remetente no manifesto do projeto está malformada. Peça à coordenação que a verifique.</translation>
    </message>
    <message>
        <source>the signature does not match the sender&apos;s key</source>
        <translation>a assinatura não corresponde à chave do remetente</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia. Reinstale o Vigia.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device. Import it on a coordinator&apos;s device, or ask the coordinator to add this device to the project&apos;s recipients.</source>
        <translation>Este pacote não é destinado a este dispositivo. Importe-o em um dispositivo de coordenação ou peça à coordenação que adicione este dispositivo aos destinatários do projeto.</translation>
    </message>
    <message>
        <source>This device&apos;s keys are not available. Unlock the workspace and try again.</source>
        <translation>As chaves deste dispositivo não estão disponíveis. Desbloqueie o espaço de trabalho e tente novamente.</translation>
    </message>
    <message>
        <source>Not enough secure memory to decrypt a bundle. Close other programs and try again.</source>
        <translation>Não há memória segura suficiente para descriptografar um pacote. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>the content key for this device does not open</source>
        <translation>a chave de conteúdo deste dispositivo não abre</translation>
    </message>
    <message>
        <source>stream header</source>
        <translation>cabeçalho do fluxo</translation>
    </message>
    <message>
        <source>data after the final chunk</source>
        <translation>dados após o bloco final</translation>
    </message>
    <message>
        <source>chunk %1 fails its authentication check</source>
        <translation>o bloco %1 falha na verificação de autenticação</translation>
    </message>
    <message>
        <source>chunk %1 is short but not the last</source>
        <translation>o bloco %1 é curto, mas não é o último</translation>
    </message>
    <message>
        <source>the end marker is missing, chunks were removed</source>
        <translation>o marcador de fim está ausente; blocos foram removidos</translation>
    </message>
    <message>
        <source>compression window</source>
        <translation>janela de compressão</translation>
    </message>
    <message>
        <source>compressed data: %1</source>
        <translation>dados comprimidos: %1</translation>
    </message>
    <message>
        <source>uncompressed content</source>
        <translation>conteúdo descomprimido</translation>
    </message>
    <message>
        <source>data after the compressed content</source>
        <translation>dados após o conteúdo comprimido</translation>
    </message>
    <message>
        <source>the compressed content is cut short</source>
        <translation>o conteúdo comprimido está incompleto</translation>
    </message>
    <message>
        <source>header version differs from the file version</source>
        <translation>a versão do cabeçalho difere da versão do arquivo</translation>
    </message>
</context>
<context>
    <name>vigia::BundleTransferRunner</name>
    <message>
        <source>Writing your changes to %1…</source>
        <translation>Gravando suas alterações em %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exportar alterações</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importando pacotes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Stops after the bundle being imported: a bundle is always imported whole or not at all.</source>
        <translation>Para depois do pacote que está sendo importado: um pacote é sempre importado inteiro ou não é importado.</translation>
    </message>
    <message>
        <source>Stopping after %1; the bundles after it are not imported.</source>
        <translation>Parando depois de %1; os pacotes seguintes não são importados.</translation>
    </message>
</context>
<context>
    <name>vigia::BundleWriter</name>
    <message>
        <source>Change %1 does not follow the change before it from the same device. No bundle was written; run &quot;vigiactl oplog verify&quot;.</source>
        <translation>A alteração %1 não dá sequência à alteração anterior do mesmo dispositivo. Nenhum pacote foi gravado; execute &quot;vigiactl oplog verify&quot;.</translation>
    </message>
    <message>
        <source>The changes to export are not in order (change %1 repeats or goes back). No bundle was written.</source>
        <translation>As alterações a exportar não estão em ordem (a alteração %1 se repete ou retrocede). Nenhum pacote foi gravado.</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall Vigia.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia. Reinstale o Vigia.</translation>
    </message>
    <message>
        <source>The project id is not 16 bytes. Set up the project again.</source>
        <translation>O ID do projeto não tem 16 bytes. Configure o projeto novamente.</translation>
    </message>
    <message>
        <source>This device&apos;s keys are missing or damaged, so it cannot sign a bundle. Unlock the workspace and try again.</source>
        <translation>As chaves deste dispositivo estão ausentes ou danificadas, por isso ele não pode assinar um pacote. Desbloqueie o espaço de trabalho e tente novamente.</translation>
    </message>
    <message>
        <source>A bundle needs between 1 and %1 recipients; the project manifest lists %2. Ask the coordinator to fix the recipients.</source>
        <translation>Um pacote precisa ter entre 1 e %1 destinatários; o manifesto do projeto lista %2. Peça à coordenação que corrija os destinatários.</translation>
    </message>
    <message>
        <source>A recipient&apos;s key is malformed or listed twice. Ask the coordinator to check the project manifest.</source>
        <translation>A chave de um destinatário está malformada ou aparece duas vezes. Peça à coordenação que verifique o manifesto do projeto.</translation>
    </message>
    <message>
        <source>Not enough secure memory to encrypt a bundle. Close other programs and try again.</source>
        <translation>Não há memória segura suficiente para criptografar um pacote. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>A recipient&apos;s public key is not usable. Ask the coordinator to check the project manifest.</source>
        <translation>A chave pública de um destinatário não pode ser usada. Peça à coordenação que verifique o manifesto do projeto.</translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the disk has space and is writable.</source>
        <translation>Não foi possível gravar o pacote. Verifique se há espaço no disco e permissão de gravação.</translation>
    </message>
    <message>
        <source>Compressing or encrypting the bundle failed.</source>
        <translation>Falha ao comprimir ou criptografar o pacote.</translation>
    </message>
    <message>
        <source>Signing the bundle failed. Unlock the workspace and try again.</source>
        <translation>Falha ao assinar o pacote. Desbloqueie o espaço de trabalho e tente novamente.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and is writable.</source>
        <translation>Não foi possível criar %1 (%2). Verifique se a pasta existe e se há permissão de gravação.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Check that the disk has space.</source>
        <translation>Não foi possível salvar %1 (%2). Verifique se há espaço no disco.</translation>
    </message>
</context>
<context>
    <name>vigia::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>O Caps Lock está ativado.</translation>
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
        <translation>Dispositivo %1: existem duas versões diferentes da alteração %2 (uma bifurcação). A segunda não foi aplicada; informe isso à pessoa que coordena.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangeExporter</name>
    <message>
        <source>This device is not an approved member of the project &apos;%1&apos;, so no one would accept its changes. Ask the coordinator to approve it.</source>
        <translation>Este dispositivo não está aprovado no projeto &apos;%1&apos;, portanto ninguém aceitaria suas alterações. Peça à coordenação que o aprove.</translation>
    </message>
    <message>
        <source>The project has no recipient for this device&apos;s changes. Ask the coordinator to approve a coordinator device.</source>
        <translation>O projeto não tem destinatário para as alterações deste dispositivo. Peça à coordenação que aprove um dispositivo de coordenação.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se a unidade está conectada e se há permissão de gravação.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the drive is not full.</source>
        <translation>Não é possível gravar %1 (%2). Verifique se a unidade não está cheia.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangeImporter</name>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Não há arquivo %1. Verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>This bundle belongs to another project; nothing was imported. Check that you took the bundles of your own project.</source>
        <translation>Este pacote pertence a outro projeto; nada foi importado. Verifique se você pegou os pacotes do seu próprio projeto.</translation>
    </message>
    <message>
        <source>This bundle was written by device %1 after it was revoked from the project; nothing was imported.</source>
        <translation>Este pacote foi gravado pelo dispositivo %1 depois que ele foi revogado do projeto; nada foi importado.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Este pacote já foi importado; nada mudou.</translation>
    </message>
    <message>
        <source>This bundle carries changes of a device other than its sender; nothing was imported.</source>
        <translation>Este pacote traz alterações de um dispositivo diferente do remetente; nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from device %1.</source>
        <translation>
            <numerusform>%n alteração importada do dispositivo %1.</numerusform>
            <numerusform>%n alterações importadas do dispositivo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle does not continue the changes already received from its device (the histories have forked); nothing was imported. Tell the coordinator.</source>
        <translation>Este pacote não dá sequência às alterações já recebidas do dispositivo dele (os históricos se bifurcaram); nada foi importado. Avise a coordenação.</translation>
    </message>
    <message>
        <source>checking the change history</source>
        <translation>verificar o histórico de alterações</translation>
    </message>
    <message>
        <source>checking the bundles already imported</source>
        <translation>verificar os pacotes já importados</translation>
    </message>
    <message>
        <source>recording the imported bundle</source>
        <translation>registrar o pacote importado</translation>
    </message>
    <message>
        <source>Device %1 is not (yet) approved in this project, so its bundle was kept in quarantine. It will be imported automatically once a manifest approving the device is imported.</source>
        <translation>O dispositivo %1 (ainda) não está aprovado neste projeto, por isso o pacote dele foi mantido em quarentena. Ele será importado automaticamente quando for importado um manifesto que aprove o dispositivo.</translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1.</source>
        <translation>Não é possível criar a pasta de quarentena %1.</translation>
    </message>
    <message>
        <source>Cannot keep the bundle in quarantine (%1). Check that the disk is not full.</source>
        <translation>Não é possível manter o pacote em quarentena (%1). Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>keeping the bundle in quarantine</source>
        <translation>manter o pacote em quarentena</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>ler a quarentena</translation>
    </message>
    <message>
        <source>A bundle held in quarantine (%1) could not be read: %2. It stays in quarantine and is tried again when the next manifest arrives; check the disk and the folder %3.</source>
        <translation>Não foi possível ler um pacote retido em quarentena (%1): %2. Ele continua em quarentena e será tentado de novo quando o próximo manifesto chegar; verifique o disco e a pasta %3.</translation>
    </message>
    <message>
        <source>This bundle carries changes that device %1 made after the coordinator stopped accepting them (the device was revoked); nothing was imported.</source>
        <translation>Este pacote traz alterações que o dispositivo %1 fez depois que a coordenação deixou de aceitá-las (o dispositivo foi revogado); nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>To make room, the %n oldest bundle(s) in quarantine were deleted.</source>
        <translation>
            <numerusform>Para liberar espaço, o pacote mais antigo em quarentena foi excluído.</numerusform>
            <numerusform>Para liberar espaço, os %n pacotes mais antigos em quarentena foram excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from device %1 (numbers %2 to %3) are waiting for earlier changes of that device that have not arrived; they are applied as soon as the missing bundle is imported.</source>
        <translation>
            <numerusform>%n alteração do dispositivo %1 (números %2 a %3) aguarda alterações anteriores desse dispositivo que não chegaram; ela é aplicada assim que o pacote que falta for importado.</numerusform>
            <numerusform>%n alterações do dispositivo %1 (números %2 a %3) aguardam alterações anteriores desse dispositivo que não chegaram; elas são aplicadas assim que o pacote que falta for importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bundle id. Give at least its first 8 hexadecimal digits, as &apos;bundle quarantine list&apos; shows them.</source>
        <translation>&quot;%1&quot; não é um ID de pacote. Informe pelo menos os 8 primeiros dígitos hexadecimais, como &quot;bundle quarantine list&quot; os mostra.</translation>
    </message>
    <message>
        <source>No bundle in quarantine has an id starting with %1. &apos;bundle quarantine list&apos; shows them.</source>
        <translation>Nenhum pacote em quarentena tem um ID que começa com %1. &quot;bundle quarantine list&quot; os mostra.</translation>
    </message>
    <message>
        <source>Several bundles in quarantine have an id starting with %1; give more digits.</source>
        <translation>Vários pacotes em quarentena têm um ID que começa com %1; informe mais dígitos.</translation>
    </message>
    <message>
        <source>removing the bundle from quarantine</source>
        <translation>removendo o pacote da quarentena</translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project; importing would keep the bundle in quarantine until a manifest approves it.</source>
        <translation>O remetente %1 não está aprovado neste projeto; ao importá-lo, o pacote ficaria em quarentena até que um manifesto o aprove.</translation>
    </message>
    <message>
        <source>counting the changes still waiting</source>
        <translation>ao contar as alterações ainda em espera</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is valid: importing it would apply %n change(s) from device %1.</source>
        <translation>
            <numerusform>O pacote é válido: importá-lo aplicaria %n alteração do dispositivo %1.</numerusform>
            <numerusform>O pacote é válido: importá-lo aplicaria %n alterações do dispositivo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>removing a bundle that can never be imported from the quarantine</source>
        <translation>ao remover da quarentena um pacote que nunca poderá ser importado</translation>
    </message>
    <message>
        <source>This bundle removes answers of a record that device %1 neither created nor coordinates; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote remove respostas de um registro que o dispositivo %1 não criou nem coordena; nada foi importado. Informe à coordenação quem o enviou.</translation>
    </message>
    <message>
        <source>This bundle changes targets, which only a coordinator sets, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote altera metas, que só uma pessoa coordenadora define, mas o dispositivo %1 não é de uma pessoa coordenadora; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle carries changes that belong to no device of the project; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote traz alterações que não pertencem a nenhum dispositivo do projeto; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle carries other researchers&apos; records or the feedback on them, which this device may not hold; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote traz registros de outras pessoas pesquisadoras ou os retornos sobre eles, que este dispositivo não pode guardar; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle carries reviews or comments that device %1 wrote on another member&apos;s records, which only a coordinator does; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote traz revisões ou comentários que o dispositivo %1 escreveu sobre registros de outro membro, o que só uma pessoa coordenadora faz; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle belongs to the project %1, not to the one open now; nothing was imported. Import it with --project %2, or switch to that project in the navigation.</source>
        <translation>Este pacote pertence ao projeto %1, não ao que está aberto agora; nada foi importado. Importe-o com --project %2 ou mude para esse projeto na navegação.</translation>
    </message>
</context>
<context>
    <name>vigia::ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Digite sua frase secreta atual.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that is strong enough and type it twice.</source>
        <translation>Escolha uma nova frase secreta forte o suficiente e digite-a duas vezes.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>A frase secreta atual não está correta, então nada foi alterado. Verifique o Caps Lock e tente novamente.</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved, so the current one still opens Vigia. %1</source>
        <translation>Não foi possível salvar a nova frase secreta, então a atual continua abrindo o Vigia. %1</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Alterar a frase secreta</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Nobody can recover a lost passphrase: write the new one down and keep it somewhere safe, away from the computer.</source>
        <translation>Digite sua frase secreta atual e depois a nova duas vezes. Ninguém pode recuperar uma frase secreta perdida: anote a nova e guarde-a em um lugar seguro, longe do computador.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase secreta &amp;atual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Alterar a frase secreta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation>Digite para filtrar as opções</translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation>Filtrar as opções de %1</translation>
    </message>
</context>
<context>
    <name>vigia::ChoiceFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 row 1: the file needs a name column; add it to its first row.</source>
        <translation>%1 linha 1: o arquivo precisa de uma coluna name; adicione-a à primeira linha dele.</translation>
    </message>
    <message>
        <source>%1 row %2, column name: the choice has no name; fill it in or delete the row.</source>
        <translation>%1 linha %2, coluna name: a opção não tem name; preencha-o ou exclua a linha.</translation>
    </message>
    <message>
        <source>%1, item %2: the item has no name element; add one.</source>
        <translation>%1, item %2: o item não tem um elemento name; adicione um.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3; fix the file.</source>
        <translation>%1 não é um XML bem formado (linha %2): %3; corrija o arquivo.</translation>
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
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>A pasta do espaço de trabalho (padrão: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Ler a frase secreta da primeira linha de FILE.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Imprimir JSON em vez de texto, para scripts.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
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
        <translation>--name NAME [--role researcher|coordinator]</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <source>A name for this device, e.g. &quot;Ana - laptop&quot;.</source>
        <translation>Um nome para este dispositivo, por exemplo, &quot;Ana - notebook&quot;.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher (the default) or coordinator.</source>
        <translation>researcher (pesquisador/a; é o padrão) ou coordinator (coordenador/a).</translation>
    </message>
    <message>
        <source>Show this device&apos;s id, name, role and fingerprint.</source>
        <translation>Mostrar o ID, o nome, o papel e a impressão digital deste dispositivo.</translation>
    </message>
    <message>
        <source>Prints the device id, name, role, key fingerprint and workspace folder. Compare the fingerprint aloud when a coordinator approves this device.</source>
        <translation>Imprime o ID, o nome e o papel do dispositivo, a impressão digital da chave e a pasta do espaço de trabalho. Quando a pessoa que coordena aprovar este dispositivo, leia esta impressão digital em voz alta para que ela a compare com a que vê.</translation>
    </message>
    <message>
        <source>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</source>
        <translation>--form ID [--form-version V] [--set FIELD=VALUE]… [--finalize]</translation>
    </message>
    <message>
        <source>Create a record and print its id.</source>
        <translation>Criar um registro e imprimir seu ID.</translation>
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
        <source>Finalize a draft record.</source>
        <translation>Finalizar um registro em rascunho.</translation>
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
        <translation>[FILTERS]</translation>
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
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only records whose date is on or after DATE (YYYY-MM-DD).</source>
        <translation>Somente registros cuja data é igual ou posterior a DATE (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only records whose date is on or before DATE (YYYY-MM-DD).</source>
        <translation>Somente registros cuja data é igual ou anterior a DATE (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only records with a value containing every word of TEXT (word prefixes match; accents are ignored).</source>
        <translation>Somente registros com um valor que contenha todas as palavras de TEXT (basta o início de cada palavra; os acentos são ignorados).</translation>
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
    <message>
        <source>Creates a draft record of the given form, with the values given by --set, and prints its id. FIELD=VALUE splits at the first &apos;=&apos;. The values are checked against the form: unknown fields, answers of the wrong type and broken constraints are reported one line per field (&quot;field: message&quot;) with exit code 3; required fields only when the record is finalized.</source>
        <translation>Cria um registro em rascunho do formulário indicado, com os valores informados em --set, e imprime o ID dele. FIELD=VALUE é dividido no primeiro &apos;=&apos;. Os valores são verificados em relação ao formulário: campos desconhecidos, respostas do tipo errado e restrições violadas são informados em uma linha por campo (&quot;campo: mensagem&quot;) com o código de saída 3; os campos obrigatórios, somente quando o registro é finalizado.</translation>
    </message>
    <message>
        <source>The version of the form (default: the latest).</source>
        <translation>A versão do formulário (padrão: a mais recente).</translation>
    </message>
    <message>
        <source>Sets one or more fields of a draft record in one change, checked against the record&apos;s form version as in &apos;record new&apos;; FIELD= clears a field. A finalized record must be reopened first; a deleted one restored.</source>
        <translation>Define um ou mais campos de um registro em rascunho em uma única alteração, verificados em relação à versão do formulário do registro como em &apos;record new&apos;; FIELD= limpa um campo. Um registro finalizado precisa ser reaberto antes; um excluído, restaurado.</translation>
    </message>
    <message>
        <source>Checks every field of a draft record against its form, required fields included, and reports each failing field with exit code 3; otherwise drops the answers to questions that do not apply, stores the calculated values and marks the record finalized: it can no longer be changed until it is reopened.</source>
        <translation>Verifica todos os campos de um registro em rascunho em relação ao formulário, inclusive os obrigatórios, e informa cada campo com falha com o código de saída 3; caso contrário, descarta as respostas às perguntas que não se aplicam, salva os valores calculados e marca o registro como finalizado: ele não pode mais ser alterado até ser reaberto.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Remove an answer everywhere, with every earlier version of it.</source>
        <translation>Remover uma resposta em todos os lugares, com todas as suas versões anteriores.</translation>
    </message>
    <message>
        <source>Removes the answer FIELD of a record from every change that ever held it: on this device at once, on every other device when the removal reaches it with the next bundle or sync. For a child&apos;s name typed by mistake. Only the record&apos;s author or a coordinator may do it. With --replace, VALUE becomes the new answer (checked against the form as in &apos;record set&apos;); quotes of codings on the field that VALUE no longer contains are removed too. This cannot be undone.</source>
        <translation>Remove a resposta FIELD de um registro de todas as alterações que já a contiveram: neste dispositivo imediatamente, e em cada um dos outros quando a remoção chegar a ele com o próximo pacote ou sincronização. Para o nome de uma criança digitado por engano. Somente quem criou o registro ou uma pessoa que coordena pode fazê-lo. Com --replace, VALUE passa a ser a nova resposta (verificada com o formulário como em &apos;record set&apos;); as citações de codificações do campo que VALUE não contém mais também são removidas. Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>The new answer, without what is removed.</source>
        <translation>A nova resposta, sem o que é removido.</translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation>[--country CC]</translation>
    </message>
    <message>
        <source>List the targets with their progress.</source>
        <translation>Listar as metas com seu progresso.</translation>
    </message>
    <message>
        <source>Only the targets of country CC, e.g. BR.</source>
        <translation>Só as metas do país CC, p. ex. BR.</translation>
    </message>
    <message>
        <source>--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE --target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…</source>
        <translation>--country CC --indicator ID --baseline VALUE --baseline-year YEAR --target VALUE --target-date DATE [--breakdown DIM=CAT] [--unit UNIT] [--milestone DATE=VALUE]…</translation>
    </message>
    <message>
        <source>Set a target and its milestones (coordinators only).</source>
        <translation>Definir uma meta e seus marcos (só a coordenação).</translation>
    </message>
    <message>
        <source>Sets the target of one indicator in one country, for the total or for one breakdown, and prints its id. Setting the same country, indicator and breakdown again replaces it. The unit is the indicator&apos;s (count or months) unless the indicator is a budget, whose unit is its ISO 4217 currency code.</source>
        <translation>Define a meta de um indicador em um país, para o total ou para uma desagregação, e imprime seu id. Definir de novo o mesmo país, indicador e desagregação a substitui. A unidade é a do indicador (count ou months), salvo quando o indicador é um orçamento, cuja unidade é o código ISO 4217 da sua moeda.</translation>
    </message>
    <message>
        <source>The country, e.g. GT.</source>
        <translation>O país, p. ex. GT.</translation>
    </message>
    <message>
        <source>The indicator, e.g. victims_identified.</source>
        <translation>O indicador, p. ex. victims_identified.</translation>
    </message>
    <message>
        <source>DIM=CAT</source>
        <translation>DIM=CAT</translation>
    </message>
    <message>
        <source>One category of a breakdown, e.g. sex=girls (default: the total).</source>
        <translation>Uma categoria de uma desagregação, p. ex. sex=girls (padrão: o total).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>count, months, or a currency code such as USD.</source>
        <translation>count, months ou um código de moeda como USD.</translation>
    </message>
    <message>
        <source>The baseline value.</source>
        <translation>O valor da linha de base.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>The year the baseline was measured.</source>
        <translation>O ano em que a linha de base foi medida.</translation>
    </message>
    <message>
        <source>The value to reach.</source>
        <translation>O valor a alcançar.</translation>
    </message>
    <message>
        <source>When to reach it (YYYY-MM-DD).</source>
        <translation>Quando alcançá-lo (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE=VALUE</source>
        <translation>DATE=VALUE</translation>
    </message>
    <message>
        <source>A milestone on the way; repeat for more.</source>
        <translation>Um marco no caminho; repita para mais.</translation>
    </message>
    <message>
        <source>Delete a target (coordinators only).</source>
        <translation>Excluir uma meta (só a coordenação).</translation>
    </message>
    <message>
        <source>Deletes the target with this id; setting it again brings it back.</source>
        <translation>Exclui a meta com este id; defini-la de novo a traz de volta.</translation>
    </message>
    <message>
        <source>Set targets from a CSV file (coordinators only).</source>
        <translation>Definir metas a partir de um arquivo CSV (só a coordenação).</translation>
    </message>
    <message>
        <source>Reads a UTF-8 CSV file with a header row (country, indicator, breakdown, unit, baseline, baseline_year, target, target_date, milestones as DATE=VALUE;DATE=VALUE) and sets every target in one change. A bad row is reported with its line number and nothing is imported.</source>
        <translation>Lê um arquivo CSV em UTF-8 com uma linha de cabeçalho (country, indicator, breakdown, unit, baseline, baseline_year, target, target_date, milestones como DATE=VALUE;DATE=VALUE) e define todas as metas em uma só alteração. Uma linha com erro é informada com seu número e nada é importado.</translation>
    </message>
    <message>
        <source>The folder with the .csv or .xml files that select_one_from_file rows name; their choices are stored with the form.</source>
        <translation>A pasta com os arquivos .csv ou .xml que as linhas select_one_from_file nomeiam; as opções deles são guardadas com o formulário.</translation>
    </message>
    <message>
        <source>ID --state received|approved|needs-changes|rejected [--comment TEXT]</source>
        <translation>ID --state received|approved|needs-changes|rejected [--comment TEXT]</translation>
    </message>
    <message>
        <source>Set the review state of a finalized record (coordinators).</source>
        <translation>Definir o estado de revisão de um registro finalizado (pessoas coordenadoras).</translation>
    </message>
    <message>
        <source>Sets the review state of the finalized record with this id, as &apos;record list&apos; prints it, and with --comment adds a comment on the whole record in the same change. The state and the comment reach the record&apos;s author with the next bundle. A researcher may only set received, on its own record.</source>
        <translation>Define o estado de revisão do registro finalizado com este id, como &apos;record list&apos; o mostra, e com --comment adiciona um comentário sobre o registro inteiro na mesma alteração. O estado e o comentário chegam à pessoa autora do registro com o próximo pacote. Uma pessoa pesquisadora só pode definir received, no seu próprio registro.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>received, approved, needs-changes or rejected.</source>
        <translation>received, approved, needs-changes ou rejected.</translation>
    </message>
    <message>
        <source>Why: a comment on the whole record.</source>
        <translation>Por quê: um comentário sobre o registro inteiro.</translation>
    </message>
    <message>
        <source>[--state STATE]</source>
        <translation>[--state STATE]</translation>
    </message>
    <message>
        <source>List finalized records with their review state.</source>
        <translation>Listar os registros finalizados com o seu estado de revisão.</translation>
    </message>
    <message>
        <source>Lists the finalized records, newest first, with their review state, author and number of comments: a table in text mode, an array with --json. A record nobody reviewed yet is received.</source>
        <translation>Lista os registros finalizados, os mais recentes primeiro, com o seu estado de revisão, autoria e número de comentários: uma tabela em modo texto, um array com --json. Um registro que ninguém revisou ainda está em received.</translation>
    </message>
    <message>
        <source>Only the records in this state: received, approved, needs-changes or rejected.</source>
        <translation>Só os registros neste estado: received, approved, needs-changes ou rejected.</translation>
    </message>
    <message>
        <source>Show a record&apos;s comment thread.</source>
        <translation>Mostrar os comentários de um registro.</translation>
    </message>
    <message>
        <source>Prints the comments on the record with this id, oldest first, each with its author, time and the field it is about.</source>
        <translation>Mostra os comentários do registro com este id, os mais antigos primeiro, cada um com a sua autoria, a hora e o campo a que se refere.</translation>
    </message>
    <message>
        <source>ID [--field NAME] TEXT</source>
        <translation>ID [--field NAME] TEXT</translation>
    </message>
    <message>
        <source>Comment on a record or one of its fields.</source>
        <translation>Comentar um registro ou um dos seus campos.</translation>
    </message>
    <message>
        <source>Adds a comment on the record with this id, or with --field on one of its answers, and prints the comment&apos;s id. Coordinators comment on any record; a researcher on its own records.</source>
        <translation>Adiciona um comentário sobre o registro com este id, ou com --field sobre uma das suas respostas, e mostra o id do comentário. As pessoas coordenadoras comentam qualquer registro; uma pessoa pesquisadora, os seus próprios registros.</translation>
    </message>
    <message>
        <source>The form field the comment is about.</source>
        <translation>O campo do formulário a que o comentário se refere.</translation>
    </message>
    <message>
        <source>Publish a form version to every member of the project (coordinators).</source>
        <translation>Publicar uma versão de um formulário para todas as pessoas do projeto (pessoas coordenadoras).</translation>
    </message>
    <message>
        <source>Sends a stored form version to every member of the project with this device&apos;s next bundles or sync: it appears in their form list, and their new records use it when it is the latest version. Records already started keep their version. Prints &quot;published&quot;, or &quot;unchanged&quot; when this definition was already published. Only a coordinator publishes. Without --form-version, the latest version is published.</source>
        <translation>Envia uma versão armazenada de um formulário a todas as pessoas do projeto com os próximos pacotes ou a próxima sincronização deste dispositivo: ela aparece na lista de formulários delas, e os novos registros a usam quando é a versão mais recente. Os registros já iniciados mantêm a sua versão. Imprime &quot;published&quot;, ou &quot;unchanged&quot; quando esta definição já estava publicada. Só uma pessoa coordenadora publica. Sem --form-version, publica-se a versão mais recente.</translation>
    </message>
    <message>
        <source>The version to publish (default: the latest).</source>
        <translation>A versão a publicar (padrão: a mais recente).</translation>
    </message>
    <message>
        <source>Lists every target with its latest reported value, the milestone path at that period and its status (on track, at risk, off track, no data; docs/monitoring.md): a table in text mode, an array with --json. Finalized indicator reports count unless a coordinator rejected them or sent them back.</source>
        <translation>Lista cada meta com seu último valor informado, a trajetória de marcos nesse período e sua situação (no caminho, em risco, fora do caminho, sem dados; docs/monitoring.md): uma tabela em modo texto, uma matriz com --json. Contam os relatórios de indicadores finalizados, exceto os que uma pessoa coordenadora rejeitou ou devolveu.</translation>
    </message>
    <message>
        <source>CC --period YEAR --out FILE.pdf</source>
        <translation>CC --period YEAR --out FILE.pdf</translation>
    </message>
    <message>
        <source>Write the country report as a PDF.</source>
        <translation>Gravar o relatório do país em PDF.</translation>
    </message>
    <message>
        <source>Writes the report of country CC as it stood at the end of YEAR: its targets and their status, a progress chart per target, the NPA status matrix, the qualitative findings counted by manifestation and code (counts below 5 shown as &lt;5) and a methods note. Headings follow --lang.</source>
        <translation>Grava o relatório do país CC como estava no fim de YEAR: suas metas e sua situação, um gráfico de progresso por meta, a matriz de situação do NPA, os achados qualitativos contados por manifestação e código (contagens menores que 5 aparecem como &lt;5) e uma nota de métodos. Os títulos seguem --lang.</translation>
    </message>
    <message>
        <source>The year the report covers, e.g. 2026.</source>
        <translation>O ano que o relatório cobre, p. ex. 2026.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <source>Lists every imported form version with its id, version, whether it is published to the project, and title: a table in text mode, an array with --json.</source>
        <translation>Lista cada versão de formulário importada com seu ID, versão, se está publicada no projeto, e título: uma tabela no modo texto, um array com --json.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project to work in, by id, the start of its id or its name, when the workspace joined several (default: the one used last).</source>
        <translation>O projeto em que trabalhar, pelo id, pelo início do id ou pelo nome, quando o espaço de trabalho faz parte de vários (padrão: o último usado).</translation>
    </message>
</context>
<context>
    <name>vigia::CliContext</name>
    <message>
        <source>There is no Vigia workspace in %1. Create one with &apos;vigiactl init --name NAME&apos;, or point to an existing one with --workspace DIR.</source>
        <translation>Não há um espaço de trabalho do Vigia em %1. Crie um com &apos;vigiactl init --name NAME&apos; ou indique um existente com --workspace DIR.</translation>
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
        <source>wrong passphrase, locked workspace, or no passphrase given</source>
        <translation>frase secreta incorreta, espaço de trabalho bloqueado ou nenhuma frase secreta informada</translation>
    </message>
    <message>
        <source>Usage: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl [GLOBAL OPTIONS] COMMAND [ARGUMENTS…]</translation>
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
        <translation>Execute &apos;vigiactl COMMAND --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Usage: vigiactl %1 COMMAND [ARGUMENTS…]</source>
        <translation>Uso: vigiactl %1 COMMAND [ARGUMENTS…]</translation>
    </message>
    <message>
        <source>Run &apos;vigiactl %1 COMMAND --help&apos; for the options of a command, and &apos;vigiactl --help&apos; for the global options.</source>
        <translation>Execute &apos;vigiactl %1 COMMAND --help&apos; para ver as opções de um comando e &apos;vigiactl --help&apos; para ver as opções globais.</translation>
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
        <translation>As opções globais, como --workspace DIR, --passphrase-file FILE e --json, também funcionam aqui; consulte &apos;vigiactl --help&apos;.</translation>
    </message>
    <message>
        <source>validation error: the data breaks a rule, e.g. a value its form refuses (one &quot;field: message&quot; line per field), changing a finalized record or deleting a deleted one</source>
        <translation>erro de validação: os dados violam uma regra, por exemplo, um valor que o formulário recusa (uma linha &quot;campo: mensagem&quot; por campo), a alteração de um registro finalizado ou a exclusão de um registro já excluído</translation>
    </message>
    <message>
        <source>not found: no such record, workspace or form</source>
        <translation>não encontrado: registro, espaço de trabalho ou formulário inexistente</translation>
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
    <name>vigia::CliRoleOption</name>
    <message>
        <source>Unknown role &apos;%1&apos;. Choose --role researcher or --role coordinator.</source>
        <translation>Papel desconhecido &quot;%1&quot;. Escolha --role researcher ou --role coordinator.</translation>
    </message>
</context>
<context>
    <name>vigia::Codebook</name>
    <message>
        <source>No code %1 exists in this codebook. It may have been removed on another device; reopen the codebook.</source>
        <translation>Não existe o código %1 neste livro de códigos. Ele pode ter sido removido em outro dispositivo; reabra o livro de códigos.</translation>
    </message>
    <message>
        <source>reading a code</source>
        <translation>ler um código</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is deleted. Restore it before changing it.</source>
        <translation>O código &quot;%1&quot; foi excluído. Restaure-o antes de alterá-lo.</translation>
    </message>
    <message>
        <source>counting codings</source>
        <translation>contar codificações</translation>
    </message>
    <message>
        <source>listing codes</source>
        <translation>listar códigos</translation>
    </message>
    <message>
        <source>A code needs a name. Type a name in at least one language.</source>
        <translation>Um código precisa de um nome. Digite um nome em pelo menos um idioma.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a codebook language. Use en, es or pt.</source>
        <translation>&apos;%1&apos; não é um idioma do livro de códigos. Use en, es ou pt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour. Use the form #rrggbb.</source>
        <translation>&apos;%1&apos; não é uma cor. Use o formato #rrggbb.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot go under itself or one of its own sub-codes. Choose another parent.</source>
        <translation>O código &quot;%1&quot; não pode ficar sob si mesmo nem sob um de seus próprios subcódigos. Escolha outro pai.</translation>
    </message>
    <message>
        <source>reading sub-codes</source>
        <translation>ler subcódigos</translation>
    </message>
    <message>
        <source>reading codings</source>
        <translation>ler codificações</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself. Choose another.</source>
        <translation>Um código não pode ser mesclado a si mesmo. Escolha outro.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; cannot be merged into its own sub-code &quot;%2&quot;. Merge the sub-code into it instead.</source>
        <translation>O código &quot;%1&quot; não pode ser mesclado ao seu próprio subcódigo &quot;%2&quot;. Em vez disso, mescle o subcódigo a ele.</translation>
    </message>
    <message>
        <source>The codings of a deleted code must go to another code.</source>
        <translation>As codificações de um código excluído precisam ir para outro código.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not deleted, so there is nothing to restore.</source>
        <translation>O código &quot;%1&quot; não está excluído, então não há nada a restaurar.</translation>
    </message>
    <message>
        <source>The starting codebook is missing from this build of Vigia. Reinstall Vigia.</source>
        <translation>O livro de códigos inicial não consta nesta versão do Vigia. Reinstale o Vigia.</translation>
    </message>
    <message>
        <source>reading codes</source>
        <translation>ler códigos</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>%1 (%2 with sub-codes)</source>
        <translation>%1 (%2 com subcódigos)</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPage</name>
    <message>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <source>Add a top-level code</source>
        <translation>Adicionar um código de nível superior</translation>
    </message>
    <message>
        <source>New sub-code</source>
        <translation>Novo subcódigo</translation>
    </message>
    <message>
        <source>Add a code under the selected one</source>
        <translation>Adicionar um código sob o selecionado</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Mover para…</translation>
    </message>
    <message>
        <source>Put the selected code under another code (or drag it there)</source>
        <translation>Colocar o código selecionado sob outro código (ou arrastá-lo até lá)</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Mesclar com…</translation>
    </message>
    <message>
        <source>Move every coding and sub-code of the selected code into another code, then delete it</source>
        <translation>Mover todas as codificações e subcódigos do código selecionado para outro código e, em seguida, excluí-lo</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected code</source>
        <translation>Excluir o código selecionado</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nome em &amp;inglês:</translation>
    </message>
    <message>
        <source>Name in &amp;Spanish:</source>
        <translation>Nome em &amp;espanhol:</translation>
    </message>
    <message>
        <source>Name in &amp;Portuguese:</source>
        <translation>Nome em &amp;português:</translation>
    </message>
    <message>
        <source>Colou&amp;r:</source>
        <translation>Co&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nome em inglês</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nome em espanhol</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nome em português</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Select a code to see and edit it.</source>
        <translation>Selecione um código para vê-lo e editá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of this code</source>
        <translation>
            <numerusform>%n codificação deste código</numerusform>
            <numerusform>%n codificações deste código</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with its sub-codes</source>
        <translation>
            <numerusform>%n com seus subcódigos</numerusform>
            <numerusform>%n com seus subcódigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Cor do código</translation>
    </message>
    <message>
        <source>Move “%1” to</source>
        <translation>Mover “%1” para</translation>
    </message>
    <message>
        <source>Merge “%1” into</source>
        <translation>Mesclar “%1” com</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Excluir código</translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation>Excluir o código “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its sub-codes move up one level. Its %n coding(s) are kept but hidden until the code is restored; to keep them visible, merge the code into another instead.</source>
        <translation>
            <numerusform>Os subcódigos dele sobem um nível. Sua %n codificação é mantida, mas fica oculta até que o código seja restaurado; para mantê-la visível, mescle o código com outro.</numerusform>
            <numerusform>Os subcódigos dele sobem um nível. Suas %n codificações são mantidas, mas ficam ocultas até que o código seja restaurado; para mantê-las visíveis, mescle o código com outro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Move codings, then delete…</source>
        <translation>Mover codificações e excluir…</translation>
    </message>
    <message>
        <source>Move the codings of “%1” to</source>
        <translation>Mover as codificações de “%1” para</translation>
    </message>
</context>
<context>
    <name>vigia::CodebookPickerDialog</name>
    <message>
        <source>Type to find a code</source>
        <translation>Digite para encontrar um código</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Encontrar um código</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Top level (no parent)</source>
        <translation>Nível superior (sem pai)</translation>
    </message>
</context>
<context>
    <name>vigia::CodingController</name>
    <message>
        <source>Apply code…</source>
        <translation>Aplicar código…</translation>
    </message>
    <message>
        <source>The narrative is no longer open.</source>
        <translation>A narrativa não está mais aberta.</translation>
    </message>
    <message>
        <source>Save the record before coding it: a coding needs a saved record.</source>
        <translation>Salve o registro antes de codificá-lo: uma codificação precisa de um registro salvo.</translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation>Selecione primeiro o texto a codificar: uma codificação precisa de uma seleção não vazia.</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
    <message>
        <source>“%1” itself</source>
        <translation>O próprio “%1”</translation>
    </message>
    <message>
        <source>Remove coding “%1”</source>
        <translation>Remover a codificação “%1”</translation>
    </message>
</context>
<context>
    <name>vigia::CodingStore</name>
    <message>
        <source>reading a code</source>
        <translation>ler um código</translation>
    </message>
    <message>
        <source>Code %1 is not in the codebook (it may have been deleted). Choose another code.</source>
        <translation>O código %1 não está no livro de códigos (ele pode ter sido excluído). Escolha outro código.</translation>
    </message>
    <message>
        <source>Select the text to code first: a coding needs a non-empty selection.</source>
        <translation>Selecione primeiro o texto a codificar: uma codificação precisa de uma seleção não vazia.</translation>
    </message>
    <message>
        <source>reading a record</source>
        <translation>ler um registro</translation>
    </message>
    <message>
        <source>Record %1 does not exist or is deleted, so it cannot be coded.</source>
        <translation>O registro %1 não existe ou foi excluído, por isso não pode ser codificado.</translation>
    </message>
    <message>
        <source>No coding %1 exists. It may have been removed on another device.</source>
        <translation>Não existe a codificação %1. Ela pode ter sido removida em outro dispositivo.</translation>
    </message>
    <message>
        <source>reading a coding</source>
        <translation>ler uma codificação</translation>
    </message>
    <message>
        <source>Coding %1 was removed. Apply the code again instead.</source>
        <translation>A codificação %1 foi removida. Em vez disso, aplique o código novamente.</translation>
    </message>
    <message>
        <source>listing codings</source>
        <translation>listar codificações</translation>
    </message>
</context>
<context>
    <name>vigia::CodingsPanel</name>
    <message>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <source>Codings of this narrative</source>
        <translation>Codificações desta narrativa</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memorando:</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Why this passage matters, what to check…</source>
        <translation>Por que este trecho importa, o que verificar…</translation>
    </message>
    <message>
        <source>Apply code…</source>
        <translation>Aplicar código…</translation>
    </message>
    <message>
        <source>Code the selected text (Ctrl+K)</source>
        <translation>Codificar o texto selecionado (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation>Salvar memorando</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
    <message>
        <source>Change code…</source>
        <translation>Alterar código…</translation>
    </message>
    <message>
        <source>(text not found in the narrative)</source>
        <translation>(texto não encontrado na narrativa)</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memorando: %1</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Alterar o código</translation>
    </message>
</context>
<context>
    <name>vigia::CommentCommands</name>
    <message>
        <source>No comments on this record.</source>
        <translation>Este registro não tem comentários.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>o registro</translation>
    </message>
    <message>
        <source>%1, %2, on %3:</source>
        <translation>%1, %2, sobre %3:</translation>
    </message>
</context>
<context>
    <name>vigia::CommentStore</name>
    <message>
        <source>A comment needs some text. Write what should change or what was checked.</source>
        <translation>Um comentário precisa de algum texto. Escreva o que deve mudar ou o que foi verificado.</translation>
    </message>
    <message>
        <source>A comment holds at most %1 characters; this one has %2. Shorten it.</source>
        <translation>Um comentário aceita no máximo %1 caracteres; este tem %2. Encurte-o.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field name. Name a field of the record&apos;s form, or leave the field out to comment on the whole record.</source>
        <translation>&quot;%1&quot; não é um nome de campo. Indique um campo do formulário do registro, ou omita o campo para comentar o registro inteiro.</translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation>O registro %1 não existe. Liste os registros para ver os seus ids.</translation>
    </message>
    <message>
        <source>reading the record&apos;s author</source>
        <translation>ao ler a autoria do registro</translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only its author and the coordinators comment on it.</source>
        <translation>O registro %1 foi criado por outra pessoa pesquisadora: só a sua autora e as pessoas coordenadoras o comentam.</translation>
    </message>
    <message>
        <source>Record %1 is a draft that has not left this device yet. Finalize it before commenting on it.</source>
        <translation>O registro %1 é um rascunho que ainda não saiu deste dispositivo. Finalize-o antes de comentá-lo.</translation>
    </message>
    <message>
        <source>reading the comments</source>
        <translation>ao ler os comentários</translation>
    </message>
    <message>
        <source>counting the comments</source>
        <translation>ao contar os comentários</translation>
    </message>
</context>
<context>
    <name>vigia::CommentThread</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · on %3</source>
        <translation>%1 · %2 · sobre %3</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ainda não há comentários.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Comment o&amp;n:</source>
        <translation>Comentário so&amp;bre:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Novo comentário</translation>
    </message>
    <message>
        <source>Comments on this record</source>
        <translation>Comentários sobre este registro</translation>
    </message>
    <message>
        <source>Write a comment for the record&apos;s author and the coordinators</source>
        <translation>Escreva um comentário para a pessoa autora do registro e as pessoas coordenadoras</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>Adicionar co&amp;mentário</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>O registro inteiro</translation>
    </message>
</context>
<context>
    <name>vigia::ConflictCommands</name>
    <message>
        <source>List the open conflicts.</source>
        <translation>Lista os conflitos abertos.</translation>
    </message>
    <message>
        <source>Lists every field that two devices changed without seeing each other&apos;s change, with each competing value, the device that wrote it and when. The value in use meanwhile is the newest one.</source>
        <translation>Lista cada campo que dois dispositivos alteraram sem ver a alteração do outro, com cada valor concorrente, o dispositivo que o gravou e quando. Enquanto isso, vale o valor mais recente.</translation>
    </message>
    <message>
        <source>ID FIELD (--take DEVICE | --value V)</source>
        <translation>ID FIELD (--take DEVICE | --value V)</translation>
    </message>
    <message>
        <source>Settle a conflict with one device&apos;s value or a value you give.</source>
        <translation>Resolve um conflito com o valor de um dispositivo ou com um valor informado por você.</translation>
    </message>
    <message>
        <source>Writes the chosen value as a change that has seen every competing one, so the conflict closes here and on every device that receives it. The competing values stay in the record&apos;s history.</source>
        <translation>Grava o valor escolhido como uma alteração que viu todos os valores concorrentes, assim o conflito se fecha aqui e em cada dispositivo que a receber. Os valores concorrentes ficam no histórico do registro.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Keep the value this device wrote: its id, the start of it, or its name.</source>
        <translation>Mantém o valor que este dispositivo gravou: seu id, o início do id ou seu nome.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Write this value instead, e.g. a merged text.</source>
        <translation>Grava este valor no lugar, por exemplo um texto combinado.</translation>
    </message>
    <message>
        <source>Record %1, field %2:</source>
        <translation>Registro %1, campo %2:</translation>
    </message>
    <message>
        <source>%1 %2, field %3:</source>
        <translation>%1 %2, campo %3:</translation>
    </message>
    <message>
        <source>    %1  %2  %3</source>
        <translation>    %1  %2  %3</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Não há conflitos abertos.</translation>
    </message>
    <message>
        <source>&apos;conflicts resolve&apos; needs either --take DEVICE or --value V.</source>
        <translation>&apos;conflicts resolve&apos; precisa de --take DEVICE ou --value V.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl conflicts list&apos; shows them.</source>
        <translation>&apos;%1&apos; não é um id de registro. &apos;vigiactl conflicts list&apos; os mostra.</translation>
    </message>
    <message>
        <source>Resolved the conflict on %1 of record %2: %3</source>
        <translation>O conflito em %1 do registro %2 foi resolvido: %3</translation>
    </message>
    <message>
        <source>[--country CC]</source>
        <translation>[--country CC]</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only the conflicts on records of country CC, e.g. BR.</source>
        <translation>Somente os conflitos em registros do país CC, por exemplo, BR.</translation>
    </message>
</context>
<context>
    <name>vigia::Conflicts</name>
    <message>
        <source>The field %1 of record %2 has no open conflict. &apos;vigiactl conflicts list&apos; shows the open ones.</source>
        <translation>O campo %1 do registro %2 não tem conflito aberto. &apos;vigiactl conflicts list&apos; mostra os abertos.</translation>
    </message>
    <message>
        <source>reading the open conflicts</source>
        <translation>ao ler os conflitos abertos</translation>
    </message>
    <message>
        <source>That device wrote none of the competing values of %1; take the value of one that did, or give a value.</source>
        <translation>Esse dispositivo não gravou nenhum dos valores concorrentes de %1; use o valor de um que gravou, ou informe um valor.</translation>
    </message>
    <message>
        <source>The field %1 of record %2 has no open conflict (any more); nothing was changed.</source>
        <translation>O campo %1 do registro %2 não tem (mais) conflito aberto; nada foi alterado.</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>ao resolver um conflito</translation>
    </message>
</context>
<context>
    <name>vigia::ConflictsView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There are no open conflicts: no two devices changed the same answer without seeing each other&apos;s change.</source>
        <translation>Não há conflitos abertos: nenhum par de dispositivos alterou a mesma resposta sem ver a alteração do outro.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>O valor de %1</translation>
    </message>
    <message>
        <source>A merged value, written below</source>
        <translation>Um valor combinado, escrito abaixo</translation>
    </message>
    <message>
        <source>The device chosen wrote none of the values of %1; nothing was changed. Select only conflicts it took part in, or write a merged value.</source>
        <translation>O dispositivo escolhido não gravou nenhum dos valores de %1; nada foi alterado. Selecione apenas conflitos dos quais ele participou, ou escreva um valor combinado.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved. The resolution travels with your next bundle.</source>
        <translation>
            <numerusform>%n conflito resolvido. A resolução segue no seu próximo pacote.</numerusform>
            <numerusform>%n conflitos resolvidos. A resolução segue no seu próximo pacote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>Valor em uso</translation>
    </message>
    <message>
        <source>Differences between the first two values:</source>
        <translation>Diferenças entre os dois primeiros valores:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Manter:</translation>
    </message>
    <message>
        <source>Merged value:</source>
        <translation>Valor combinado:</translation>
    </message>
    <message>
        <source>Resolve selected</source>
        <translation>Resolver os selecionados</translation>
    </message>
    <message>
        <source>Settle every selected conflict with the chosen value</source>
        <translation>Resolve cada conflito selecionado com o valor escolhido</translation>
    </message>
    <message>
        <source>There are no open conflicts on records of this country.</source>
        <translation>Não há conflitos abertos em registros deste país.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
</context>
<context>
    <name>vigia::CoordinatorSteps</name>
    <message>
        <source>Create the project</source>
        <translation>Criar o projeto</translation>
    </message>
    <message>
        <source>Name the project and its country. This workspace will hold the project key: keep it and its passphrase safe.</source>
        <translation>Informe o nome e o país do projeto. Este espaço de trabalho guardará a chave do projeto: mantenha-o em segurança, com a frase secreta dele.</translation>
    </message>
    <message>
        <source>&amp;Create the project…</source>
        <translation>&amp;Criar o projeto…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Criar um projeto</translation>
    </message>
    <message>
        <source>Invite researchers</source>
        <translation>Convidar a equipe de pesquisa</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Impressão digital do projeto</translation>
    </message>
    <message>
        <source>Save an &amp;invitation…</source>
        <translation>Salvar um con&amp;vite…</translation>
    </message>
    <message>
        <source>Save an invitation file for a new member</source>
        <translation>Salvar um arquivo de convite para uma pessoa que vai ingressar</translation>
    </message>
    <message>
        <source>Approve a join request</source>
        <translation>Aprovar uma solicitação de ingresso</translation>
    </message>
    <message>
        <source>Open a researcher&apos;s request and compare the fingerprint they read to you. Then save the approval and give it back to them, and to every member after each change.</source>
        <translation>Abra a solicitação de uma pessoa pesquisadora e compare a impressão digital que ela lê para você. Depois salve a aprovação e devolva-a, e entregue-a a cada integrante depois de cada mudança.</translation>
    </message>
    <message>
        <source>&amp;Open a join request…</source>
        <translation>&amp;Abrir uma solicitação de ingresso…</translation>
    </message>
    <message>
        <source>Open a join request file to approve</source>
        <translation>Abrir um arquivo de solicitação de ingresso para aprovar</translation>
    </message>
    <message>
        <source>Save the &amp;approval…</source>
        <translation>Salvar a a&amp;provação…</translation>
    </message>
    <message>
        <source>Save the approval for every member</source>
        <translation>Salvar a aprovação para cada integrante</translation>
    </message>
    <message>
        <source>Import findings, give receipts</source>
        <translation>Importar achados, entregar recibos</translation>
    </message>
    <message>
        <source>Import the findings researchers bring on their USB sticks, then save a receipt for them: it tells their devices what arrived.</source>
        <translation>Importe os achados que a equipe de pesquisa traz nos pen drives e depois salve um recibo para ela: ele informa aos dispositivos o que chegou.</translation>
    </message>
    <message>
        <source>Import &amp;findings…</source>
        <translation>Importar ac&amp;hados…</translation>
    </message>
    <message>
        <source>Import findings from files or a folder</source>
        <translation>Importar achados de arquivos ou de uma pasta</translation>
    </message>
    <message>
        <source>Save a receip&amp;t…</source>
        <translation>Salvar um rec&amp;ibo…</translation>
    </message>
    <message>
        <source>Save a receipt for the findings imported here</source>
        <translation>Salvar um recibo dos achados importados aqui</translation>
    </message>
    <message>
        <source>&amp;Export this device&apos;s records…</source>
        <translation>&amp;Exportar os registros deste dispositivo…</translation>
    </message>
    <message>
        <source>Save this device&apos;s records to a folder for another coordinator</source>
        <translation>Salvar os registros deste dispositivo em uma pasta para outra pessoa coordenadora</translation>
    </message>
    <message>
        <source>Save the invitation to the USB stick for each new researcher. When they open it, read them this fingerprint by phone:</source>
        <translation>Salve o convite no pen drive para cada nova pessoa pesquisadora. Quando essa pessoa abrir o convite, leia para ela esta impressão digital por telefone:</translation>
    </message>
    <message>
        <source>Save an invitation file for each researcher.</source>
        <translation>Salve um arquivo de convite para cada pessoa pesquisadora.</translation>
    </message>
</context>
<context>
    <name>vigia::CountryFilterBox</name>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
</context>
<context>
    <name>vigia::CountryReport</name>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Country report: %1, %2</source>
        <translation>Relatório do país: %1, %2</translation>
    </message>
    <message>
        <source>Progress against the targets of the regional monitoring system, as reported up to the end of %1. Made with Vigia on %2.</source>
        <translation>Progresso em relação às metas do sistema regional de monitoramento, conforme informado até o fim de %1. Feito com o Vigia em %2.</translation>
    </message>
    <message>
        <source>Targets and progress</source>
        <translation>Metas e progresso</translation>
    </message>
    <message>
        <source>%1 on track, %2 at risk, %3 off track, %4 no data.</source>
        <translation>%1 no caminho, %2 em risco, %3 fora do caminho, %4 sem dados.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desagregação</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Trajetória</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 até %2</translation>
    </message>
    <message>
        <source>units differ</source>
        <translation>unidades diferentes</translation>
    </message>
    <message>
        <source>No targets are set for this country.</source>
        <translation>Não há metas definidas para este país.</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Gráficos de progresso</translation>
    </message>
    <message>
        <source>Blue: reported values. Dashed grey: the milestone path from the baseline to the target. Red: the target at its date.</source>
        <translation>Azul: valores informados. Cinza tracejado: a trajetória de marcos da linha de base até a meta. Vermelho: a meta na sua data.</translation>
    </message>
    <message>
        <source>National plan of action: status matrix</source>
        <translation>Plano nacional de ação: matriz de situação</translation>
    </message>
    <message>
        <source>No approved or received NPA assessment of this country yet.</source>
        <translation>Ainda não há avaliação do NPA aprovada ou recebida deste país.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qualitative findings of %1</source>
        <translation>Achados qualitativos de %1</translation>
    </message>
    <message>
        <source>Findings recorded: %1.</source>
        <translation>Achados registrados: %1.</translation>
    </message>
    <message>
        <source>Manifestation</source>
        <translation>Manifestação</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Sources: %1 indicator reports with periods ending by %2, the NPA assessments of %3 year(s) and %4 qualitative findings of %2, as held in this Vigia workspace on %5. Only finalized records count that a coordinator approved or has received; records rejected or sent back for changes are left out.</source>
        <translation>Fontes: %1 relatórios de indicadores com períodos que terminam até %2, as avaliações do NPA de %3 ano(s) e %4 achados qualitativos de %2, como estavam neste espaço de trabalho do Vigia em %5. Só contam os registros finalizados que uma pessoa coordenadora aprovou ou tem como recebidos; os rejeitados ou devolvidos para alterações ficam de fora.</translation>
    </message>
    <message>
        <source>Progress: the latest reported value of each target is compared with its milestone path (straight lines from the baseline through the milestones to the target) at the end of that period. On track: on or ahead of the path; at risk: behind by at most a tenth of the path&apos;s value; off track: further behind; no data: no report gives a value. Of several reports for one period, the one finalized last counts.</source>
        <translation>Progresso: o último valor informado de cada meta é comparado com sua trajetória de marcos (linhas retas da linha de base, pelos marcos, até a meta) no fim desse período. No caminho: na trajetória ou à frente; em risco: atrás no máximo um décimo do valor da trajetória; fora do caminho: mais atrás; sem dados: nenhum relatório dá um valor. De vários relatórios do mesmo período conta o último finalizado.</translation>
    </message>
    <message>
        <source>NPA matrix: for each item and year, the answer of the latest approved or received assessment of that year; no data where there is none.</source>
        <translation>Matriz do NPA: para cada item e ano, a resposta da última avaliação aprovada ou recebida desse ano; sem dados onde não há nenhuma.</translation>
    </message>
    <message>
        <source>Small cells: counts of qualitative findings below %1 are shown as &quot;&lt;%1&quot; so that few cases cannot be recognised. A finding can concern several manifestations and carry several codes, so the rows do not add up to the total.</source>
        <translation>Células pequenas: contagens de achados qualitativos menores que %1 aparecem como &quot;&lt;%1&quot; para que poucos casos não possam ser reconhecidos. Um achado pode se referir a várias manifestações e ter vários códigos, por isso as linhas não somam o total.</translation>
    </message>
</context>
<context>
    <name>vigia::CryptVfs</name>
    <message>
        <source>The store&apos;s encryption could not start (SQLite or libsodium refused it). Reinstall Vigia.</source>
        <translation>Não foi possível iniciar a criptografia do banco de dados (o SQLite ou a libsodium a recusaram). Reinstale o Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::CsvExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::DashboardPage</name>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagem PNG (*.png);;Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing to show yet: no indicator reports, targets or NPA assessments. Finalized reports appear here once received.</source>
        <translation>Ainda não há nada para mostrar: não há relatórios de indicadores, metas nem avaliações do NPA. Os relatórios finalizados aparecem aqui quando recebidos.</translation>
    </message>
    <message>
        <source>Targets of %1: %2 on track, %3 at risk, %4 off track, %5 no data</source>
        <translation>Metas de %1: %2 no caminho, %3 em risco, %4 fora do caminho, %5 sem dados</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>nenhum país</translation>
    </message>
    <message>
        <source>NPA item</source>
        <translation>Item do NPA</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Não foi possível gravar o gráfico em %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desagregação:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>A&amp;nos:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primeiro ano</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <source>Export char&amp;t…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Country &amp;report (PDF)…</source>
        <translation>&amp;Relatório do país (PDF)…</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Visão do país</translation>
    </message>
    <message>
        <source>&amp;NPA matrix</source>
        <translation>Matri&amp;z do NPA</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gião</translation>
    </message>
    <message>
        <source>National plan of action: assessment by year</source>
        <translation>Plano nacional de ação: avaliação por ano</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Gráfico de progresso</translation>
    </message>
    <message>
        <source>Progress chart as a table</source>
        <translation>Gráfico de progresso como tabela</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>Países comparados</translation>
    </message>
    <message>
        <source>Countries compared, as a table</source>
        <translation>Países comparados, como tabela</translation>
    </message>
    <message>
        <source>NPA status matrix</source>
        <translation>Matriz de situação do NPA</translation>
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
        <translation>O banco de dados está danificado (falha ao %1: %2). Nada foi alterado; restaure o espaço de trabalho a partir de um backup ou peça ajuda à pessoa que coordena.</translation>
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
    <message>
        <source>opening %1</source>
        <translation>ao abrir %1</translation>
    </message>
    <message>
        <source>The store is damaged: a page of it does not open with this workspace&apos;s key (%1). Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>O banco de dados está danificado: uma de suas páginas não abre com a chave deste espaço de trabalho (%1). Nada foi alterado; restaure o espaço de trabalho a partir de um backup ou peça ajuda à pessoa que coordena.</translation>
    </message>
</context>
<context>
    <name>vigia::DateField</name>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
</context>
<context>
    <name>vigia::DeviceCommands</name>
    <message>
        <source> (recipient)</source>
        <translation> (destinatário)</translation>
    </message>
    <message>
        <source>%1  %2  revoked in manifest version %3</source>
        <translation>%1  %2  revogado na versão %3 do manifesto</translation>
    </message>
    <message>
        <source>no bundle received</source>
        <translation>nenhum pacote recebido</translation>
    </message>
    <message>
        <source>last bundle %1</source>
        <translation>último pacote %1</translation>
    </message>
    <message>
        <source>clock %1 (ahead)</source>
        <translation>relógio %1 (adiantado)</translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation>relógio %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) without a receipt</source>
        <translation>
            <numerusform>%n pacote sem recibo</numerusform>
            <numerusform>%n pacotes sem recibo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::DeviceNames</name>
    <message>
        <source>No device of this project is called or has an id starting with &apos;%1&apos;. &apos;vigiactl devices list&apos; shows them.</source>
        <translation>Nenhum dispositivo deste projeto se chama &apos;%1&apos; ou tem um id que comece assim. &apos;vigiactl devices list&apos; os mostra.</translation>
    </message>
    <message>
        <source>Several devices match &apos;%1&apos;; give more of the device id.</source>
        <translation>Vários dispositivos correspondem a &apos;%1&apos;; informe mais do id do dispositivo.</translation>
    </message>
</context>
<context>
    <name>vigia::DeviceOverview</name>
    <message>
        <source>reading the devices&apos; clocks</source>
        <translation>ao ler os relógios dos dispositivos</translation>
    </message>
    <message>
        <source>reading the bundles received</source>
        <translation>ao ler os pacotes recebidos</translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation>ao contar os pacotes enviados</translation>
    </message>
</context>
<context>
    <name>vigia::ExportCommands</name>
    <message>
        <source>Export the finalized records for analysis.</source>
        <translation>Exporta os registros finalizados para análise.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The folder to write into; files of the same names are replaced.</source>
        <translation>A pasta onde gravar; arquivos com os mesmos nomes são substituídos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the records of form ID.</source>
        <translation>Só os registros do formulário ID.</translation>
    </message>
    <message>
        <source>Remove what may identify a person (see above).</source>
        <translation>Remove o que possa identificar uma pessoa (veja acima).</translation>
    </message>
    <message>
        <source>With --deidentify: replace sensitive answers by pseudonyms instead of removing them.</source>
        <translation>Com --deidentify: substitui as respostas sensíveis por pseudônimos em vez de removê-las.</translation>
    </message>
    <message>
        <source>With --deidentify: keep the free-text answers.</source>
        <translation>Com --deidentify: mantém as respostas de texto livre.</translation>
    </message>
    <message>
        <source>CSV: start each file with a byte order mark (for Excel).</source>
        <translation>CSV: começa cada arquivo com uma marca de ordem de bytes (para o Excel).</translation>
    </message>
    <message>
        <source>Also export the records a coordinator rejected.</source>
        <translation>Exporta também os registros que uma pessoa coordenadora rejeitou.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Count the records by country and this select field, small cells suppressed (default with --deidentify: manifestation); repeatable.</source>
        <translation>Conta os registros por país e por este campo de seleção, com as células pequenas suprimidas (padrão com --deidentify: manifestation); pode ser repetido.</translation>
    </message>
    <message>
        <source>Name the folder to write into with --out DIR.</source>
        <translation>Indique a pasta onde gravar com --out DIR.</translation>
    </message>
    <message>
        <source>--%1 only applies with --deidentify.</source>
        <translation>--%1 só se aplica com --deidentify.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1:</source>
        <translation>
            <numerusform>%n registro exportado em %1:</numerusform>
            <numerusform>%n registros exportados em %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] [--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…</source>
        <translation>--format csv|xlsx|spss|refi-qda --out DIR [--form ID] [--deidentify] [--pseudonymize] [--include-text] [--coarsen-dates] [--bom] [--include-rejected] [--aggregate FIELD]…</translation>
    </message>
    <message>
        <source>Writes the finalized records of every form (or of one) into DIR: one CSV file per form version and one per repeat with its parent keys, or one XLSX workbook with a sheet for each, or the CSV files with an SPSS syntax file (.sps) beside each; and the data dictionary (fields, labels in every language, types, choices). Rejected records are left out unless asked for. --format refi-qda writes the codebook (codebook.qdc) and the coded narratives (project.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder. --deidentify removes the fields marked sensitive (or replaces them by pseudonyms of this export only with --pseudonymize), leaves out free text unless --include-text, replaces record ids by pseudonyms and adds count tables by country with cells below 5 suppressed. Nothing is written unless the whole export succeeds.</source>
        <translation>Grava em DIR os registros finalizados de todos os formulários (ou de um): um arquivo CSV por versão de formulário e um por grupo repetido com as chaves do seu registro, ou uma pasta de trabalho XLSX com uma planilha para cada, ou os arquivos CSV com um arquivo de sintaxe SPSS (.sps) ao lado de cada um; e o dicionário de dados (campos, rótulos em cada idioma, tipos, opções). Os registros rejeitados ficam de fora, a menos que sejam pedidos. --format refi-qda grava o livro de códigos (codebook.qdc) e as narrativas codificadas (project.qdpx) para NVivo, ATLAS.ti, MAXQDA ou QualCoder. --deidentify remove os campos marcados como sensíveis (ou, com --pseudonymize, os substitui por pseudônimos válidos só nesta exportação), deixa de fora o texto livre, a menos que --include-text, substitui os ids dos registros por pseudônimos e acrescenta tabelas de contagem por país com as células abaixo de 5 suprimidas. Nada é gravado a menos que toda a exportação tenha sucesso.</translation>
    </message>
    <message>
        <source>csv, xlsx, spss or refi-qda.</source>
        <translation>csv, xlsx, spss ou refi-qda.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, spss or refi-qda, e.g. &apos;vigiactl export --format csv --out exports&apos;.</source>
        <translation>--format deve ser csv, xlsx, spss ou refi-qda, p. ex. &apos;vigiactl export --format csv --out exports&apos;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --format refi-qda.</source>
        <translation>--%1 não se aplica a --format refi-qda.</translation>
    </message>
    <message>
        <source>--include-text only applies with --deidentify.</source>
        <translation>--include-text só se aplica com --deidentify.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation>Não foi possível criar a pasta %1. Verifique o caminho e suas permissões, e exporte de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n coding(s) in %1 narrative(s) of %2 record(s) into %3:</source>
        <translation>
            <numerusform>Exportada %n codificação em %1 narrativa(s) de %2 registro(s) para %3:</numerusform>
            <numerusform>Exportadas %n codificações em %1 narrativa(s) de %2 registro(s) para %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep only the month of every date; record ids become pseudonyms too (an id holds the moment its record was made).</source>
        <translation>Manter apenas o mês de cada data; os ids de registro também viram pseudônimos (um id guarda o momento em que seu registro foi criado).</translation>
    </message>
</context>
<context>
    <name>vigia::ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>F&amp;ormulário:</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>Todos os formulários</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;De-identify: remove what may identify a person</source>
        <translation>&amp;Desidentificar: remover o que possa identificar uma pessoa</translation>
    </message>
    <message>
        <source>Removes the fields marked sensitive and the free text, replaces record ids by pseudonyms and adds count tables by country with small cells suppressed.</source>
        <translation>Remove os campos marcados como sensíveis e o texto livre, substitui os ids dos registros por pseudônimos e acrescenta tabelas de contagem por país com as células pequenas suprimidas.</translation>
    </message>
    <message>
        <source>Replace sensitive answers by &amp;pseudonyms instead</source>
        <translation>Substituir as respostas sensíveis por pseudô&amp;nimos</translation>
    </message>
    <message>
        <source>Keep free &amp;text</source>
        <translation>Manter o &amp;texto livre</translation>
    </message>
    <message>
        <source>Keep only the &amp;month of dates</source>
        <translation>Manter só o &amp;mês das datas</translation>
    </message>
    <message>
        <source>Byte order mark for E&amp;xcel (CSV)</source>
        <translation>Marca de ordem de bytes para o E&amp;xcel (CSV)</translation>
    </message>
    <message>
        <source>Include re&amp;jected records</source>
        <translation>Incluir os registros re&amp;jeitados</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar em</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export could not start: %1</source>
        <translation>A exportação não pôde começar: %1</translation>
    </message>
    <message>
        <source>The export failed and wrote nothing: %1</source>
        <translation>A exportação falhou e não gravou nada: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) into %1.</source>
        <translation>
            <numerusform>%n registro exportado em %1.</numerusform>
            <numerusform>%n registros exportados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>REFI-QDA (codebook and coded narratives)</source>
        <translation>REFI-QDA (livro de códigos e narrativas codificadas)</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions, then export again.</source>
        <translation>Não foi possível criar a pasta %1. Verifique o caminho e suas permissões, e exporte de novo.</translation>
    </message>
    <message>
        <source>Record ids become pseudonyms too: an id holds the moment its record was made.</source>
        <translation>Os ids de registro também viram pseudônimos: um id guarda o momento em que seu registro foi criado.</translation>
    </message>
</context>
<context>
    <name>vigia::Exporter</name>
    <message>
        <source>No form %1 in this workspace. &apos;vigiactl forms list&apos; shows them.</source>
        <translation>Não há formulário %1 neste espaço de trabalho. &apos;vigiactl forms list&apos; os mostra.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation>Não foi possível criar uma pasta temporária em %1: %2</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Não foi possível substituir %1.</translation>
    </message>
    <message>
        <source>Could not move the export into %1.</source>
        <translation>Não foi possível mover a exportação para %1.</translation>
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
    <message>
        <source>regex() at position %1: the pattern has %2 characters, more than the limit of %3; shorten it</source>
        <translation>regex() na posição %1: o padrão tem %2 caracteres, mais que o limite de %3; encurte-o</translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit holds another repetition without limit, which can take hours to test on some answers; make the inner repetition possessive (++ or *+), make the group atomic (?&gt;…), or rewrite the pattern</source>
        <translation>regex() na posição %1: em &apos;%2&apos;, um grupo repetido sem limite contém outra repetição sem limite, o que pode levar horas para testar com algumas respostas; torne possessiva a repetição interna (++ ou *+), torne o grupo atômico (?&gt;…) ou reescreva o padrão</translation>
    </message>
    <message>
        <source>regex() at position %1: in &apos;%2&apos;, a group repeated without limit has alternatives of which one begins with another, which can take hours to test on some answers; make the group atomic (?&gt;…) or rewrite the alternatives</source>
        <translation>regex() na posição %1: em &apos;%2&apos;, um grupo repetido sem limite tem alternativas das quais uma começa com outra, o que pode levar horas para testar com algumas respostas; torne o grupo atômico (?&gt;…) ou reescreva as alternativas</translation>
    </message>
    <message>
        <source>regex() at position %1: &apos;%2&apos; could not be tested against this answer: it needs too many steps, or the answer holds invalid characters; simplify the pattern</source>
        <translation>regex() na posição %1: não foi possível testar &apos;%2&apos; com esta resposta: são necessários passos demais ou a resposta contém caracteres inválidos; simplifique o padrão</translation>
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
    <name>vigia::FeedbackCheck</name>
    <message>
        <source>checking who may comment on a record</source>
        <translation>ao verificar quem pode comentar um registro</translation>
    </message>
    <message>
        <source>checking who may review a record</source>
        <translation>ao verificar quem pode revisar um registro</translation>
    </message>
    <message>
        <source>This bundle approves, rejects or asks for changes to a record, which only a coordinator does, but device %1 is not a coordinator; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote aprova, rejeita ou pede alterações num registro, o que só uma pessoa coordenadora faz, mas o dispositivo %1 não é de uma pessoa coordenadora; nada foi importado. Avise a pessoa coordenadora de quem o enviou.</translation>
    </message>
    <message>
        <source>This bundle carries a review or a comment by device %1 on a record that device did not create; only coordinators review and comment on other researchers&apos; records. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote contém uma revisão ou um comentário do dispositivo %1 sobre um registro que esse dispositivo não criou; só as pessoas coordenadoras revisam e comentam os registros de outras pessoas pesquisadoras. Nada foi importado. Avise a pessoa coordenadora de quem o enviou.</translation>
    </message>
</context>
<context>
    <name>vigia::FormCommands</name>
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
        <translation>FIELD</translation>
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
    <message>
        <source>version %1 (from the form&apos;s content)</source>
        <translation>versão %1 (a partir do conteúdo do formulário)</translation>
    </message>
    <message>
        <source>Form %1 version %2 goes to every member with this device&apos;s next bundles.</source>
        <translation>O formulário %1, versão %2, chegará a todas as pessoas do projeto com os próximos pacotes deste dispositivo.</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLICADA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>vigia::FormFile</name>
    <message>
        <source>%1 is not a folder; give the folder that holds the form&apos;s choice files.</source>
        <translation>%1 não é uma pasta; indique a pasta que contém os arquivos de opções do formulário.</translation>
    </message>
    <message>
        <source>%1 is neither a form definition (.json) nor an XLSForm workbook (.xlsx). Give a file with one of those extensions.</source>
        <translation>%1 não é uma definição de formulário (.json) nem uma pasta de trabalho XLSForm (.xlsx). Indique um arquivo com uma dessas extensões.</translation>
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
    <name>vigia::FormPublication</name>
    <message>
        <source>A published form in this bundle cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Um formulário publicado neste pacote não pode ser lido; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>a published form</source>
        <translation>um formulário publicado</translation>
    </message>
    <message>
        <source>Only a coordinator publishes forms to the project. Ask your coordinator to publish form %1.</source>
        <translation>Só uma pessoa coordenadora publica formulários no projeto. Peça à sua pessoa coordenadora que publique o formulário %1.</translation>
    </message>
    <message>
        <source>Form %1 version %2 is too large to publish (%3 MB); the limit is %4 MB.</source>
        <translation>O formulário %1, versão %2, é grande demais para ser publicado (%3 MB); o limite é %4 MB.</translation>
    </message>
    <message>
        <source>reading the published forms</source>
        <translation>ao ler os formulários publicados</translation>
    </message>
    <message>
        <source>reading the forms</source>
        <translation>ao ler os formulários</translation>
    </message>
</context>
<context>
    <name>vigia::FormPublicationCheck</name>
    <message>
        <source>This bundle publishes a form, which only a coordinator does, but device %1 is not a coordinator of the project; nothing was imported. Tell the coordinator.</source>
        <translation>Este pacote publica um formulário, o que só uma pessoa coordenadora faz, mas o dispositivo %1 não é de uma pessoa coordenadora do projeto; nada foi importado. Avise a pessoa coordenadora.</translation>
    </message>
    <message>
        <source>This bundle carries a published form that cannot be read; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote contém um formulário publicado que não pode ser lido; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, which breaks the form rules; nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote publica o formulário %1, versão %2, que não cumpre as regras dos formulários; nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>This bundle publishes form %1 version %2, but this device already holds a different definition under that version, and a form version never changes; nothing was imported. Ask the coordinator to publish the new definition under a new version.</source>
        <translation>Este pacote publica o formulário %1, versão %2, mas este dispositivo já tem outra definição com essa versão, e uma versão de um formulário nunca muda; nada foi importado. Peça à pessoa coordenadora que publique a nova definição com uma versão nova.</translation>
    </message>
</context>
<context>
    <name>vigia::FormRegexWarnings</name>
    <message>
        <source>survey row %1, column %2</source>
        <translation>survey, linha %1, coluna %2</translation>
    </message>
    <message>
        <source>field %1, column %2</source>
        <translation>campo %1, coluna %2</translation>
    </message>
    <message>
        <source>%1: %2. The form is imported all the same: Vigia stops testing an answer after ten million steps and shows an error on the field instead of accepting or refusing the answer.</source>
        <translation>%1: %2. O formulário é importado mesmo assim: o Vigia para de testar uma resposta após dez milhões de passos e mostra um erro no campo em vez de aceitar ou recusar a resposta.</translation>
    </message>
</context>
<context>
    <name>vigia::FormSession</name>
    <message>
        <source>The form cannot be filled in: %1.</source>
        <translation>Não é possível preencher o formulário: %1.</translation>
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
    <message>
        <source>%1 has %2 instances, as its repeat count decides; there is no instance %3.</source>
        <translation>%1 tem %2 instâncias, conforme determina sua contagem de repetições; não existe a instância %3.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 instances.</source>
        <translation>%1 pode ter no máximo %2 instâncias.</translation>
    </message>
    <message>
        <source>Field %1 is inside a repeat; name the instance, as in %2.</source>
        <translation>O campo %1 está dentro de um repeat; indique a instância, como em %2.</translation>
    </message>
    <message>
        <source>The form has no repeat %1; name a repeat and the instances around it, as in members[2]/children.</source>
        <translation>O formulário não tem o repeat %1; indique um repeat e as instâncias que o contêm, como em members[2]/children.</translation>
    </message>
    <message>
        <source>The number of instances of %1 follows from its repeat count; change the answers it depends on instead.</source>
        <translation>O número de instâncias de %1 decorre da sua contagem de repetições; em vez disso, altere as respostas das quais ela depende.</translation>
    </message>
    <message>
        <source>There is no repeat instance %1; name it as in members[2].</source>
        <translation>Não existe a instância de repeat %1; indique-a como em members[2].</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer one of the choices here, after the answers above changed; pick another.</source>
        <translation>&apos;%1&apos; deixou de ser uma das opções aqui, depois que as respostas acima mudaram; escolha outra.</translation>
    </message>
    <message>
        <source>Field %1, column %2: ${%3} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation>Campo %1, coluna %2: ${%3} é o nome de mais de um campo; verifique o formulário com &apos;vigiactl forms validate&apos;.</translation>
    </message>
    <message>
        <source>${%1} is the name of more than one field; check the form with &apos;vigiactl forms validate&apos;.</source>
        <translation>${%1} é o nome de mais de um campo; verifique o formulário com &apos;vigiactl forms validate&apos;.</translation>
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
    <message>
        <source>Tick the box to acknowledge (stored as OK), or leave it empty.</source>
        <translation>Marque a caixa para confirmar (salvo como OK) ou deixe-a vazia.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2 in steps of %3.</source>
        <translation>Digite um número de %1 a %2 em incrementos de %3.</translation>
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
    <message>
        <source>%1: the name %2 is already used in row %3 of the same group or repeat; rename one of them.</source>
        <translation>%1: o nome %2 já é usado na linha %3 do mesmo grupo ou repeat; renomeie uma delas.</translation>
    </message>
    <message>
        <source>%1: the name %2 is already used in row %3, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation>%1: o nome %2 já é usado na linha %3 e uma delas é um repeat; o nome de um repeat deve ser único em todo o formulário, então renomeie uma delas.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice, and one of them is a repeat; a repeat&apos;s name must be unique in the whole form, so rename one of them.</source>
        <translation>%1: o nome %2 é usado duas vezes e uma delas é um repeat; o nome de um repeat deve ser único em todo o formulário, então renomeie uma delas.</translation>
    </message>
    <message>
        <source>%1: ${%2} is ambiguous: the name %2 is used by %3. A ${…} reference needs a name used only once in the form; rename all but one of them.</source>
        <translation>%1: ${%2} é ambíguo: o nome %2 é usado por %3. Uma referência ${…} precisa de um nome usado uma só vez no formulário; renomeie todas menos uma.</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice in the same group or repeat; rename one of them.</source>
        <translation>%1: o nome %2 é usado duas vezes no mesmo grupo ou repeat; renomeie uma delas.</translation>
    </message>
</context>
<context>
    <name>vigia::FormsView</name>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Form %1 version %2 is published: it reaches every member of the project with your next bundles or sync. Records already started keep their version.</source>
        <translation>O formulário %1, versão %2, está publicado: chegará a todas as pessoas do projeto com os seus próximos pacotes ou a sua próxima sincronização. Os registros já iniciados mantêm a sua versão.</translation>
    </message>
    <message>
        <source>Publish a form version to send it to every member of the project with your next bundles or sync. Their new records use the latest version; records already started keep theirs. A published version never changes: publish changes under a new version.</source>
        <translation>Publique uma versão de um formulário para enviá-la a todas as pessoas do projeto com os seus próximos pacotes ou a sua próxima sincronização. Os novos registros delas usam a versão mais recente; os registros já iniciados mantêm a sua. Uma versão publicada nunca muda: publique as alterações com uma versão nova.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Form id</source>
        <translation>Identificador do formulário</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Form versions</source>
        <translation>Versões de formulários</translation>
    </message>
    <message>
        <source>&amp;Publish to the project</source>
        <translation>&amp;Publicar no projeto</translation>
    </message>
    <message>
        <source>Publish the selected form version to the project</source>
        <translation>Publicar no projeto a versão de formulário selecionada</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importar XLSForm…</translation>
    </message>
    <message>
        <source>Import a form from an XLSForm workbook or a form file</source>
        <translation>Importar um formulário de uma pasta de trabalho XLSForm ou de um arquivo de formulário</translation>
    </message>
</context>
<context>
    <name>vigia::History</name>
    <message>
        <source>reading the history of a record</source>
        <translation>ao ler o histórico de um registro</translation>
    </message>
    <message>
        <source>No change touched record %1 in this workspace. List the records to find its id.</source>
        <translation>Nenhuma alteração tocou o registro %1 neste espaço de trabalho. Liste os registros para encontrar o id.</translation>
    </message>
    <message>
        <source>No change touched the field %1 of record %2.</source>
        <translation>Nenhuma alteração tocou o campo %1 do registro %2.</translation>
    </message>
</context>
<context>
    <name>vigia::HistoryCommands</name>
    <message>
        <source>RECORD [FIELD]</source>
        <translation>RECORD [FIELD]</translation>
    </message>
    <message>
        <source>Show every change of a record, or of one of its fields, and where it came from.</source>
        <translation>Mostra cada alteração de um registro, ou de um dos campos, e de onde veio.</translation>
    </message>
    <message>
        <source>Lists, oldest first, every change that touched the record (or the field): the device that wrote it, when (its clock, as local time), the bundle that brought it or &quot;written here&quot;, and whether it took part in a conflict or resolved one. Then, for each device involved, whether its chain of changes is intact and whether its clock was found ahead of this device&apos;s.</source>
        <translation>Lista, do mais antigo ao mais recente, cada alteração que tocou o registro (ou o campo): o dispositivo que a gravou, quando (pelo relógio dele, em hora local), o pacote que a trouxe ou &quot;gravado aqui&quot;, e se participou de um conflito ou resolveu um. Depois, para cada dispositivo envolvido, se a cadeia de alterações está intacta e se o relógio estava adiantado em relação ao deste dispositivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id. &apos;vigiactl record list&apos; shows them.</source>
        <translation>&apos;%1&apos; não é um id de registro. &apos;vigiactl record list&apos; os mostra.</translation>
    </message>
    <message>
        <source>written here</source>
        <translation>gravado aqui</translation>
    </message>
    <message>
        <source>bundle unknown</source>
        <translation>pacote desconhecido</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>pacote %1</translation>
    </message>
    <message>
        <source>  (resolved a conflict)</source>
        <translation>  (resolveu um conflito)</translation>
    </message>
    <message>
        <source>  (in conflict)</source>
        <translation>  (em conflito)</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 = %5%6</source>
        <translation>%1  %2  %3  %4 = %5%6</translation>
    </message>
    <message>
        <source>%1: chain intact</source>
        <translation>%1: cadeia intacta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation>%1: o relógio dele estava mais de dez minutos adiantado em relação ao deste dispositivo; os horários dele podem estar tarde demais.</translation>
    </message>
    <message>
        <source>  (draft, never sent)</source>
        <translation>  (rascunho, nunca enviado)</translation>
    </message>
</context>
<context>
    <name>vigia::HubAuth</name>
    <message>
        <source>This request needs a session. Open one with a challenge and the device&apos;s signature, then send its token as &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Esta solicitação precisa de uma sessão. Abra uma com um desafio e a assinatura do dispositivo e depois envie o token dela como &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <source>The session token is unknown or has expired. Open a new session.</source>
        <translation>O token de sessão é desconhecido ou expirou. Abra uma nova sessão.</translation>
    </message>
    <message>
        <source>This session belongs to another project.</source>
        <translation>Esta sessão pertence a outro projeto.</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest.</source>
        <translation>Este dispositivo não está no manifesto do projeto.</translation>
    </message>
    <message>
        <source>This device was revoked by the project&apos;s coordinator.</source>
        <translation>Este dispositivo foi revogado pela coordenação do projeto.</translation>
    </message>
    <message>
        <source>The hub&apos;s administration blocked this device, as one reported lost or stolen. Contact the project&apos;s coordinator.</source>
        <translation>A administração do hub bloqueou este dispositivo, informado como perdido ou roubado. Entre em contato com a pessoa que coordena o projeto.</translation>
    </message>
</context>
<context>
    <name>vigia::HubCli</name>
    <message>
        <source>vigia-hub: unknown command &apos;%1&apos;. Run &apos;vigia-hub --help&apos; for the commands.</source>
        <translation>vigia-hub: comando desconhecido &apos;%1&apos;. Execute &apos;vigia-hub --help&apos; para ver os comandos.</translation>
    </message>
    <message>
        <source>vigia-hub init: name the data folder with --data DIR.</source>
        <translation>vigia-hub init: indique a pasta de dados com --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub init: could not create %1. Check the path and its permissions.</source>
        <translation>vigia-hub init: não foi possível criar %1. Verifique o caminho e as permissões dele.</translation>
    </message>
    <message>
        <source>Hub ready in %1 (hub id %2).</source>
        <translation>Hub pronto em %1 (ID do hub %2).</translation>
    </message>
    <message>
        <source>vigia-hub project create: give the project&apos;s name and --data DIR.</source>
        <translation>vigia-hub project create: informe o nome do projeto e --data DIR.</translation>
    </message>
    <message>
        <source>Give this one-time token to the coordinator who owns &apos;%1&apos;; it registers the project once and is shown only now:</source>
        <translation>Entregue este token de uso único à pessoa que coordena &apos;%1&apos;; ele registra o projeto uma única vez e só é mostrado agora:</translation>
    </message>
    <message>
        <source>vigia-hub stats: name the data folder with --data DIR.</source>
        <translation>vigia-hub stats: indique a pasta de dados com --data DIR.</translation>
    </message>
    <message>
        <source>Projects: %1
Devices: %2
Bundles: %3 (%4 bytes)
Uploads in progress: %5</source>
        <translation>Projetos: %1
Dispositivos: %2
Pacotes: %3 (%4 bytes)
Uploads em andamento: %5</translation>
    </message>
    <message>
        <source>vigia-hub serve: name the data folder with --data DIR.</source>
        <translation>vigia-hub serve: indique a pasta de dados com --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub serve: --listen takes ADDRESS:PORT, such as 127.0.0.1:8470.</source>
        <translation>vigia-hub serve: --listen recebe ADDRESS:PORT, como 127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>vigia-hub serve: %1 holds no hub. Run &apos;vigia-hub init --data %1&apos; first.</source>
        <translation>vigia-hub serve: %1 não contém nenhum hub. Execute primeiro &apos;vigia-hub init --data %1&apos;.</translation>
    </message>
    <message>
        <source>vigia-hub serve: could not set up signal handling.</source>
        <translation>vigia-hub serve: não foi possível configurar o tratamento de sinais.</translation>
    </message>
    <message>
        <source>vigia-hub: listening on %1 port %2</source>
        <translation>vigia-hub: escutando em %1, porta %2</translation>
    </message>
    <message>
        <source>vigia-hub: stopping; letting requests in progress finish.</source>
        <translation>vigia-hub: encerrando; aguardando o fim das solicitações em andamento.</translation>
    </message>
    <message>
        <source>vigia-hub init: --database takes a postgresql:// URI, such as postgresql://vigia@db.example.org/vigia_hub.</source>
        <translation>vigia-hub init: --database recebe um URI postgresql://, como postgresql://vigia@db.example.org/vigia_hub.</translation>
    </message>
    <message>
        <source>vigia-hub init: could not write %1. Check the folder&apos;s permissions.</source>
        <translation>vigia-hub init: não foi possível gravar %1. Verifique as permissões da pasta.</translation>
    </message>
    <message>
        <source>vigia-hub %1: %2 holds no hub. Run &apos;vigia-hub init --data %2&apos; first.</source>
        <translation>vigia-hub %1: %2 não contém nenhum hub. Execute primeiro &apos;vigia-hub init --data %2&apos;.</translation>
    </message>
    <message>
        <source>vigia-hub devices list: name the data folder with --data DIR, and a project with --project and its 32 hex digits.</source>
        <translation>vigia-hub devices list: indique a pasta de dados com --data DIR, e um projeto com --project e seus 32 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>This hub serves no project yet.</source>
        <translation>Este hub ainda não atende nenhum projeto.</translation>
    </message>
    <message>
        <source>%1 (project %2, manifest version %3)</source>
        <translation>%1 (projeto %2, versão do manifesto %3)</translation>
    </message>
    <message>
        <source>no devices</source>
        <translation>nenhum dispositivo</translation>
    </message>
    <message>
        <source>revoked by the manifest</source>
        <translation>revogado pelo manifesto</translation>
    </message>
    <message>
        <source>blocked on this hub</source>
        <translation>bloqueado neste hub</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>vigia-hub %1: give the device&apos;s id (32 hex digits), --project ID and --data DIR, as &apos;vigia-hub devices list&apos; shows them.</source>
        <translation>vigia-hub %1: informe o ID do dispositivo (32 dígitos hexadecimais), --project ID e --data DIR, como &apos;vigia-hub devices list&apos; os mostra.</translation>
    </message>
    <message>
        <source>Device %1 of project %2 is blocked on this hub: it can open no session, and the sessions it has are refused. It stays in the project&apos;s manifest: ask the project&apos;s coordinator to revoke it in a new manifest. &apos;vigia-hub devices restore&apos; lifts the block.</source>
        <translation>O dispositivo %1 do projeto %2 foi bloqueado neste hub: não pode abrir nenhuma sessão, e as sessões que já tem são recusadas. Ele continua no manifesto do projeto: peça à pessoa que coordena o projeto que o revogue em um novo manifesto. &apos;vigia-hub devices restore&apos; remove o bloqueio.</translation>
    </message>
    <message>
        <source>Device %1 of project %2 is no longer blocked on this hub; it has the access the project&apos;s manifest gives it.</source>
        <translation>O dispositivo %1 do projeto %2 não está mais bloqueado neste hub; ele tem o acesso que o manifesto do projeto lhe dá.</translation>
    </message>
    <message>
        <source>vigia-hub backup: name the folder for the copy and the data folder: vigia-hub backup DIR --data DIR.</source>
        <translation>vigia-hub backup: indique a pasta para a cópia e a pasta de dados: vigia-hub backup DIR --data DIR.</translation>
    </message>
    <message>
        <source>vigia-hub backup: this hub keeps its data in PostgreSQL, and pg_dump is its backup; vigia-hub copies only the SQLite store. Run, as a user who may read the database (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation>vigia-hub backup: este hub guarda seus dados no PostgreSQL, e o backup dele é o pg_dump; o vigia-hub copia apenas o armazenamento SQLite. Execute, com uma conta que possa ler o banco de dados (a senha vem de ~/.pgpass ou PGPASSWORD):</translation>
    </message>
    <message>
        <source>vigia-hub backup: could not create %1. Check the path and its permissions.</source>
        <translation>vigia-hub backup: não foi possível criar %1. Verifique o caminho e as permissões dele.</translation>
    </message>
    <message>
        <source>Backup written and checked:</source>
        <translation>Backup gravado e verificado:</translation>
    </message>
    <message>
        <source>Usage: vigia-hub COMMAND [OPTIONS]

The regional hub: stores encrypted bundles and routes them between the devices of each project. It never sees what a bundle contains.

Commands:
  init --data DIR [--database postgresql://…]
                                  create the hub&apos;s data folder (and, with --database, its PostgreSQL schema)
  serve --data DIR [--listen ADDR:PORT] [--config FILE] [--tls-cert FILE --tls-key FILE]
                                  answer the API until SIGTERM (default 127.0.0.1:8470)
  project create NAME --data DIR  print a one-time token that registers one project
  stats --data DIR [--json]       projects, devices, bundles and uploads held
  devices list --data DIR [--project ID] [--json]
                                  each project&apos;s devices: role, and whether approved, revoked by the manifest or blocked on this hub
  devices revoke DEVICE --project ID --data DIR
                                  block a device reported lost or stolen on this hub, before its coordinator can sign a new manifest
  devices restore DEVICE --project ID --data DIR
                                  lift that block
  backup DIR --data DIR           a checked copy of the SQLite database into DIR (for PostgreSQL it prints the pg_dump command)
  --help, --version

The hub&apos;s administration can only take access away: devices are added only by the manifest the project&apos;s coordinator signs, never by vigia-hub.

The data folder can also come from VIGIA_HUB_DATA or the config file&apos;s [hub] data=; the address from VIGIA_HUB_LISTEN or [hub] listen=; the PostgreSQL URI from --database, VIGIA_HUB_DATABASE or [hub] database=.
</source>
        <translation>Uso: vigia-hub COMMAND [OPTIONS]

O hub regional: guarda pacotes criptografados e os encaminha entre os dispositivos de cada projeto. Nunca vê o que um pacote contém.

Comandos:
  init --data DIR [--database postgresql://…]
                                  criar a pasta de dados do hub (e, com --database, seu esquema do PostgreSQL)
  serve --data DIR [--listen ADDR:PORT] [--config FILE] [--tls-cert FILE --tls-key FILE]
                                  atender a API até SIGTERM (padrão: 127.0.0.1:8470)
  project create NAME --data DIR  imprimir um token de uso único que registra um projeto
  stats --data DIR [--json]       projetos, dispositivos, pacotes e uploads guardados
  devices list --data DIR [--project ID] [--json]
                                  os dispositivos de cada projeto: papel e se estão aprovados, revogados pelo manifesto ou bloqueados neste hub
  devices revoke DEVICE --project ID --data DIR
                                  bloquear neste hub um dispositivo informado como perdido ou roubado, antes que a pessoa que coordena possa assinar um novo manifesto
  devices restore DEVICE --project ID --data DIR
                                  remover esse bloqueio
  backup DIR --data DIR           uma cópia verificada do banco de dados SQLite em DIR (para PostgreSQL, imprime o comando pg_dump)
  --help, --version

A administração do hub só pode retirar acesso: os dispositivos só são adicionados pelo manifesto que a pessoa que coordena o projeto assina, nunca pelo vigia-hub.

A pasta de dados também pode vir de VIGIA_HUB_DATA ou de [hub] data= do arquivo de configuração; o endereço, de VIGIA_HUB_LISTEN ou [hub] listen=; o URI do PostgreSQL, de --database, VIGIA_HUB_DATABASE ou [hub] database=.
</translation>
    </message>
    <message>
        <source>vigia-hub serve: give both --tls-cert FILE and --tls-key FILE, or neither.</source>
        <translation>vigia-hub serve: informe --tls-cert FILE e --tls-key FILE juntos, ou nenhum dos dois.</translation>
    </message>
    <message>
        <source>vigia-hub serve: could not read %1. Check the path and its permissions.</source>
        <translation>vigia-hub serve: não foi possível ler %1. Verifique o caminho e as permissões.</translation>
    </message>
</context>
<context>
    <name>vigia::HubClientSession</name>
    <message>
        <source>Could not sign in to the hub</source>
        <translation>Não foi possível entrar no hub</translation>
    </message>
    <message>
        <source>The hub opened a session without a token. Check that the address is a Vigia hub.</source>
        <translation>O hub abriu uma sessão sem token. Verifique se o endereço é de um hub do Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::HubConnection</name>
    <message>
        <source>the hub&apos;s certificate is not the one this project pinned</source>
        <translation>o certificado do hub não é o que este projeto fixou</translation>
    </message>
    <message>
        <source>the hub did not answer for %1 seconds</source>
        <translation>o hub não respondeu por %1 segundos</translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is not trusted (%1)</source>
        <translation>o certificado do hub não é confiável (%1)</translation>
    </message>
    <message>
        <source>the hub answered HTTP %1</source>
        <translation>o hub respondeu HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::HubCoordinatorPanel</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Pesquisador/a</translation>
    </message>
    <message>
        <source>Type the one-time token the hub&apos;s administrator gave you.</source>
        <translation>Digite o token de uso único que a administração do hub lhe deu.</translation>
    </message>
    <message>
        <source>The project is registered on the hub. New members can now join with an invitation code.</source>
        <translation>O projeto está registrado no hub. Novos membros já podem entrar com um código de convite.</translation>
    </message>
    <message>
        <source>An invitation code is valid for 1 to %1 days.</source>
        <translation>Um código de convite vale de 1 a %1 dias.</translation>
    </message>
    <message>
        <source>Works once, until %1.</source>
        <translation>Vale uma única vez, até %1.</translation>
    </message>
    <message>
        <source>%1 is approved as %2. The hub passes the new list of members on to every device.</source>
        <translation>%1 foi aprovado/a como %2. O hub repassa a nova lista de membros a todos os dispositivos.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordenador/a</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>pesquisador/a</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando o hub…</translation>
    </message>
    <message>
        <source>On the hub</source>
        <translation>No hub</translation>
    </message>
    <message>
        <source>Once, before anyone joins: register the project on the hub with the one-time token its administrator gave you.</source>
        <translation>Uma única vez, antes que alguém entre: registre o projeto no hub com o token de uso único que a administração dele lhe deu.</translation>
    </message>
    <message>
        <source>One-time token:</source>
        <translation>Token de uso único:</translation>
    </message>
    <message>
        <source>One-time token from the hub&apos;s administrator</source>
        <translation>Token de uso único da administração do hub</translation>
    </message>
    <message>
        <source>Register the project on the hu&amp;b</source>
        <translation>Registrar o projeto no hu&amp;b</translation>
    </message>
    <message>
        <source>Register the project on the hub</source>
        <translation>Registrar o projeto no hub</translation>
    </message>
    <message>
        <source>A new member joins with a code you read to them by phone.</source>
        <translation>Um novo membro entra com um código que você lê para ele por telefone.</translation>
    </message>
    <message>
        <source>Valid for (da&amp;ys):</source>
        <translation>Vá&amp;lido por (dias):</translation>
    </message>
    <message>
        <source>Days the invitation code is valid</source>
        <translation>Dias de validade do código de convite</translation>
    </message>
    <message>
        <source>Ne&amp;w invitation code</source>
        <translation>&amp;Novo código de convite</translation>
    </message>
    <message>
        <source>Create an invitation code on the hub</source>
        <translation>Criar um código de convite no hub</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>Invitation code valid until</source>
        <translation>Código de convite válido até</translation>
    </message>
    <message>
        <source>Read the code to the new member, who joins with &quot;Join with a code&quot; on their Sync page. Read them the project&apos;s fingerprint too, so they know the project is yours:</source>
        <translation>Leia o código para o novo membro, que entra com “Entrar com um código” na página Sincronizar. Leia também a impressão digital do projeto, para que ele saiba que o projeto é o seu:</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Impressão digital do projeto</translation>
    </message>
    <message>
        <source>Join requests waiting:</source>
        <translation>Solicitações de ingresso pendentes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Asks to be</source>
        <translation>Pede para ser</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Impressão digital do dispositivo</translation>
    </message>
    <message>
        <source>Join requests waiting on the hub</source>
        <translation>Solicitações de ingresso pendentes no hub</translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation>Nenhuma solicitação de ingresso pendente.</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Fetch the join requests waiting on the hub</source>
        <translation>Buscar as solicitações de ingresso pendentes no hub</translation>
    </message>
    <message>
        <source>Chec&amp;k and approve…</source>
        <translation>Veri&amp;ficar e aprovar…</translation>
    </message>
    <message>
        <source>Approve the selected join request</source>
        <translation>Aprovar a solicitação de ingresso selecionada</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>Aguardando o hub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>vigia::HubEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a hub address. Give one such as https://hub.example.org.</source>
        <translation>“%1” não é um endereço de hub. Informe um como https://hub.example.org.</translation>
    </message>
    <message>
        <source>The certificate fingerprint is the certificate&apos;s SHA-256 as 64 hexadecimal digits (0-9, a-f).</source>
        <translation>A impressão digital do certificado é o SHA-256 do certificado em 64 dígitos hexadecimais (0-9, a-f).</translation>
    </message>
</context>
<context>
    <name>vigia::HubEnrollment</name>
    <message>
        <source>Send the code&apos;s hash (64 hex digits), the invitation (base64) and expires_in between 60 seconds and 30 days.</source>
        <translation>Envie o hash do código (64 dígitos hexadecimais), o convite (base64) e expires_in entre 60 segundos e 30 dias.</translation>
    </message>
    <message>
        <source>The invitation is not signed by this project&apos;s key.</source>
        <translation>O convite não está assinado com a chave deste projeto.</translation>
    </message>
    <message>
        <source>Send the invitation code as the coordinator gave it.</source>
        <translation>Envie o código de convite como a pessoa que coordena o informou.</translation>
    </message>
    <message>
        <source>This invitation code is unknown, was already used or has expired. Ask the coordinator for a new one.</source>
        <translation>Este código de convite é desconhecido, já foi usado ou expirou. Peça um novo à pessoa que coordena.</translation>
    </message>
    <message>
        <source>Send the enrollment token from the redeemed code and this device&apos;s signed join request (base64).</source>
        <translation>Envie o token de inscrição do código resgatado e a solicitação de ingresso assinada deste dispositivo (base64).</translation>
    </message>
    <message>
        <source>The join request is for another project.</source>
        <translation>A solicitação de ingresso é para outro projeto.</translation>
    </message>
    <message>
        <source>The enrollment token is unknown, used or expired. Redeem a new invitation code.</source>
        <translation>O token de inscrição é desconhecido, já foi usado ou expirou. Resgate um novo código de convite.</translation>
    </message>
</context>
<context>
    <name>vigia::HubHttpServer</name>
    <message>
        <source>The body is larger than this route takes.</source>
        <translation>O corpo da solicitação é maior do que esta rota aceita.</translation>
    </message>
    <message>
        <source>The hub could not listen on %1 port %2: the port may be in use or need privileges. Choose another with --listen.</source>
        <translation>O hub não conseguiu escutar em %1, porta %2: a porta pode estar em uso ou exigir privilégios. Escolha outra com --listen.</translation>
    </message>
    <message>
        <source>This libmicrohttpd has no TLS. Leave out the certificate and run the hub behind nginx (packaging/nginx/vigia-hub.conf).</source>
        <translation>Esta libmicrohttpd não tem TLS. Omita o certificado e execute o hub atrás do nginx (packaging/nginx/vigia-hub.conf).</translation>
    </message>
    <message>
        <source>The hub could not start HTTPS on %1 port %2: check that the certificate and key are PEM files that belong together, and that the port is free.</source>
        <translation>O hub não conseguiu iniciar HTTPS em %1, porta %2: verifique se o certificado e a chave são arquivos PEM que correspondem entre si e se a porta está livre.</translation>
    </message>
</context>
<context>
    <name>vigia::HubJoin</name>
    <message>
        <source>&apos;%1&apos; is not an invitation code. A code has 21 letters and digits, often written in groups of four; check it with your coordinator.</source>
        <translation>&apos;%1&apos; não é um código de convite. Um código tem 21 letras e dígitos, muitas vezes escritos em grupos de quatro; confira com a pessoa que coordena.</translation>
    </message>
    <message>
        <source>The hub did not take the code</source>
        <translation>O hub não aceitou o código</translation>
    </message>
    <message>
        <source>The hub handed over an invitation that does not match the code, so nothing was sent and this device joined nothing. Tell your coordinator: the hub may not be the project&apos;s.</source>
        <translation>O hub entregou um convite que não corresponde ao código; por isso nada foi enviado e este dispositivo não entrou em nada. Avise a coordenação: o hub pode não ser o do projeto.</translation>
    </message>
    <message>
        <source>The hub did not take the join request</source>
        <translation>O hub não aceitou a solicitação de ingresso</translation>
    </message>
</context>
<context>
    <name>vigia::HubJson</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>O corpo não é um objeto JSON.</translation>
    </message>
    <message>
        <source>Only a coordinator&apos;s device of the project may do this.</source>
        <translation>Somente um dispositivo de coordenação do projeto pode fazer isso.</translation>
    </message>
    <message>
        <source>&apos;after&apos; is a sequence number and &apos;limit&apos; between 1 and %1.</source>
        <translation>&apos;after&apos; é um número de sequência e &apos;limit&apos; fica entre 1 e %1.</translation>
    </message>
</context>
<context>
    <name>vigia::HubProjectAdmin</name>
    <message>
        <source>The hub did not register the project</source>
        <translation>O hub não registrou o projeto</translation>
    </message>
    <message>
        <source>The hub did not keep the invitation</source>
        <translation>O hub não guardou o convite</translation>
    </message>
    <message>
        <source>The hub did not list the join requests</source>
        <translation>O hub não listou as solicitações de ingresso</translation>
    </message>
    <message>
        <source>No join request of device %1 is waiting on the hub. List them with &apos;vigiactl project requests list&apos;.</source>
        <translation>Nenhuma solicitação de ingresso do dispositivo %1 está aguardando no hub. Veja-as com &apos;vigiactl project requests list&apos;.</translation>
    </message>
    <message>
        <source>Approved on this device, but the hub did not take the new manifest yet; the next sync sends it</source>
        <translation>Aprovado neste dispositivo, mas o hub ainda não aceitou o novo manifesto; a próxima sincronização o envia</translation>
    </message>
</context>
<context>
    <name>vigia::HubReceipts</name>
    <message>
        <source>The receipt must be signed by this session&apos;s device, for this project.</source>
        <translation>O recibo deve estar assinado pelo dispositivo desta sessão, para este projeto.</translation>
    </message>
</context>
<context>
    <name>vigia::HubService</name>
    <message>
        <source>This route does not take that method.</source>
        <translation>Esta rota não aceita esse método.</translation>
    </message>
    <message>
        <source>There is no such route. The API is described in docs/hub-api.md.</source>
        <translation>Essa rota não existe. A API está descrita em docs/hub-api.md.</translation>
    </message>
    <message>
        <source>The body is larger than this route takes (%1 bytes at most).</source>
        <translation>O corpo da solicitação é maior do que esta rota aceita (no máximo %1 bytes).</translation>
    </message>
    <message>
        <source>There is no such route.</source>
        <translation>Essa rota não existe.</translation>
    </message>
    <message>
        <source>Send the one-time token from &apos;vigia-hub project create&apos; and the project&apos;s first manifest (base64).</source>
        <translation>Envie o token de uso único de &apos;vigia-hub project create&apos; e o primeiro manifesto do projeto (base64).</translation>
    </message>
    <message>
        <source>This project token is unknown or was already used. Ask the hub&apos;s administrator for a new one.</source>
        <translation>Este token de projeto é desconhecido ou já foi usado. Peça um novo à administração do hub.</translation>
    </message>
    <message>
        <source>This hub does not serve that project.</source>
        <translation>Este hub não atende esse projeto.</translation>
    </message>
    <message>
        <source>The hub already holds manifest version %1; only a higher version replaces it.</source>
        <translation>O hub já tem a versão %1 do manifesto; só uma versão superior o substitui.</translation>
    </message>
    <message>
        <source>Another manifest was stored at the same time. Fetch the newest and try again.</source>
        <translation>Outro manifesto foi armazenado ao mesmo tempo. Obtenha o mais recente e tente novamente.</translation>
    </message>
    <message>
        <source>Name the device as 32 lower-case hex digits.</source>
        <translation>Indique o dispositivo com 32 dígitos hexadecimais minúsculos.</translation>
    </message>
    <message>
        <source>This device is not an approved device of the project.</source>
        <translation>Este dispositivo não é um dispositivo aprovado do projeto.</translation>
    </message>
    <message>
        <source>Send the device, the challenge&apos;s nonce and the device&apos;s signature.</source>
        <translation>Envie o dispositivo, o nonce do desafio e a assinatura do dispositivo.</translation>
    </message>
    <message>
        <source>The signature does not match the device&apos;s key for this hub and challenge.</source>
        <translation>A assinatura não confere com a chave do dispositivo para este hub e este desafio.</translation>
    </message>
    <message>
        <source>This challenge is unknown, expired or already used. Ask for a new one.</source>
        <translation>Este desafio é desconhecido, expirou ou já foi usado. Solicite um novo.</translation>
    </message>
    <message>
        <source>The hub holds no such bundle in this project.</source>
        <translation>O hub não tem esse pacote neste projeto.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device.</source>
        <translation>Este pacote não é destinado a este dispositivo.</translation>
    </message>
    <message>
        <source>The range is outside the bundle.</source>
        <translation>O intervalo está fora do pacote.</translation>
    </message>
    <message numerus="yes">
        <source>This device sent more requests than the hub takes in a minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Este dispositivo enviou mais solicitações do que o hub aceita em um minuto. Tente de novo em %n segundo.</numerusform>
            <numerusform>Este dispositivo enviou mais solicitações do que o hub aceita em um minuto. Tente de novo em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::HubSyncPanel</name>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronização com o hub</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>O relógio deste computador</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;gora</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Sincronizar com o hub agora</translation>
    </message>
    <message>
        <source>Auto&amp;matic sync</source>
        <translation>Sincronização auto&amp;mática</translation>
    </message>
    <message>
        <source>Sync automatically whenever a connection exists</source>
        <translation>Sincronizar automaticamente sempre que houver conexão</translation>
    </message>
    <message>
        <source>Vigia sends your finalized work and fetches what is addressed to you by itself whenever a connection exists.</source>
        <translation>O Vigia envia seu trabalho finalizado e busca o que é destinado a você sozinho, sempre que houver conexão.</translation>
    </message>
    <message>
        <source>Recent syncs:</source>
        <translation>Sincronizações recentes:</translation>
    </message>
</context>
<context>
    <name>vigia::HubUploads</name>
    <message>
        <source>This hub speaks tus 1.0.0; send &apos;Tus-Resumable: 1.0.0&apos;.</source>
        <translation>Este hub usa tus 1.0.0; envie &apos;Tus-Resumable: 1.0.0&apos;.</translation>
    </message>
    <message>
        <source>Send the bundle&apos;s size in Upload-Length.</source>
        <translation>Envie o tamanho do pacote em Upload-Length.</translation>
    </message>
    <message>
        <source>A bundle may have %1 bytes at most.</source>
        <translation>Um pacote pode ter no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>Name the bundle in Upload-Metadata: &apos;bundle&apos; and the base64 of its 64-digit hex id.</source>
        <translation>Indique o pacote em Upload-Metadata: &apos;bundle&apos; e o base64 do seu ID hexadecimal de 64 dígitos.</translation>
    </message>
    <message>
        <source>A PATCH carries &apos;Content-Type: application/offset+octet-stream&apos;.</source>
        <translation>Um PATCH leva o cabeçalho &apos;Content-Type: application/offset+octet-stream&apos;.</translation>
    </message>
    <message>
        <source>Uploads are created with POST.</source>
        <translation>Os uploads são criados com POST.</translation>
    </message>
    <message>
        <source>An upload takes HEAD, PATCH or DELETE.</source>
        <translation>Um upload aceita HEAD, PATCH ou DELETE.</translation>
    </message>
    <message>
        <source>This bundle is already being uploaded with another length.</source>
        <translation>Este pacote já está sendo enviado com outro tamanho.</translation>
    </message>
    <message>
        <source>Another request is writing this upload. Try again shortly.</source>
        <translation>Outra solicitação está gravando este upload. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>There is no such upload; it may have expired. Start it again.</source>
        <translation>Esse upload não existe; ele pode ter expirado. Inicie-o novamente.</translation>
    </message>
    <message>
        <source>The hub holds %1 bytes of this upload; continue from there (HEAD tells the offset).</source>
        <translation>O hub tem %1 bytes deste upload; continue a partir daí (HEAD informa o deslocamento).</translation>
    </message>
    <message>
        <source>The body goes past the upload&apos;s length.</source>
        <translation>O corpo da solicitação ultrapassa o tamanho do upload.</translation>
    </message>
    <message>
        <source>Upload-Checksum takes sha1 or sha256.</source>
        <translation>Upload-Checksum aceita sha1 ou sha256.</translation>
    </message>
    <message>
        <source>The body does not match its checksum; send it again.</source>
        <translation>O corpo da solicitação não confere com a soma de verificação; envie-o novamente.</translation>
    </message>
    <message>
        <source>The upload&apos;s bytes do not add up to its length.</source>
        <translation>Os bytes do upload não completam o tamanho dele.</translation>
    </message>
    <message>
        <source>The bundle&apos;s id is not the one named when the upload began.</source>
        <translation>O ID do pacote não é o que foi indicado quando o upload começou.</translation>
    </message>
    <message>
        <source>This bundle belongs to another project.</source>
        <translation>Este pacote pertence a outro projeto.</translation>
    </message>
    <message>
        <source>This bundle was made by another device than the one uploading it.</source>
        <translation>Este pacote foi criado por um dispositivo diferente do que o está enviando.</translation>
    </message>
    <message>
        <source>There is no such upload.</source>
        <translation>Esse upload não existe.</translation>
    </message>
    <message>
        <source>Another request is completing this upload. Try again shortly.</source>
        <translation>Outra solicitação está concluindo este upload. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>This device has %1 uploads in progress, the most this hub allows. Finish some of them, or DELETE those it no longer needs, before starting another.</source>
        <translation>Este dispositivo tem %1 uploads em andamento, o máximo que este hub permite. Conclua alguns deles ou remova com DELETE os que não forem mais necessários antes de iniciar outro.</translation>
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
        <source>A workspace already exists in %1; nothing was changed. Use it (e.g. &apos;vigiactl identity show&apos;), or choose another folder with --workspace DIR.</source>
        <translation>Já existe um espaço de trabalho em %1; nada foi alterado. Use-o (por exemplo, &apos;vigiactl identity show&apos;) ou escolha outra pasta com --workspace DIR.</translation>
    </message>
    <message>
        <source>warning: VIGIA_INSECURE_TEST_KDF=1 is set, so the passphrase protection of this workspace is weak. Use it for tests only.</source>
        <translation>aviso: VIGIA_INSECURE_TEST_KDF=1 está definida, portanto a proteção por frase secreta deste espaço de trabalho é fraca. Use-o somente para testes.</translation>
    </message>
    <message>
        <source>Created a workspace in %1. Keep the passphrase safe: without it nobody can open this workspace.</source>
        <translation>Espaço de trabalho criado em %1. Guarde a frase secreta em um lugar seguro: sem ela, ninguém consegue abrir este espaço de trabalho.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess; nothing was created. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation>A frase secreta é fácil demais de adivinhar; nada foi criado. Acrescente algumas palavras sem relação entre si: quatro ou mais são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
</context>
<context>
    <name>vigia::ImportFormDialog</name>
    <message>
        <source>Choose a form file</source>
        <translation>Escolha um arquivo de formulário</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx);;Form definitions (*.json);;All files (*)</source>
        <translation>Pastas de trabalho XLSForm (*.xlsx);;Definições de formulário (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of the choice files</source>
        <translation>Escolher a pasta dos arquivos de opções</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unchanged: the form %1, version %2, is already in this workspace exactly as in this file, so nothing was imported.</source>
        <translation>Sem alterações: o formulário %1, versão %2, já está neste espaço de trabalho exatamente como neste arquivo, então nada foi importado.</translation>
    </message>
    <message>
        <source>Imported the form %1 as version %2. The workbook sets no version, so the version comes from the form&apos;s content; to number versions yourself, add a version column to its settings sheet.</source>
        <translation>O formulário %1 foi importado como versão %2. A pasta de trabalho não define versão, então a versão vem do conteúdo do formulário; para numerar as versões você mesmo, adicione uma coluna version à planilha settings dela.</translation>
    </message>
    <message>
        <source>Imported the form %1, version %2.</source>
        <translation>O formulário %1 foi importado, versão %2.</translation>
    </message>
    <message>
        <source>It reaches the project&apos;s members once you publish it on the Forms tab of the Sync page.</source>
        <translation>Ele chega aos membros do projeto quando você o publicar na aba Formulários da página Sincronização.</translation>
    </message>
    <message>
        <source>The form was not imported, and nothing in the workspace changed. Correct the file as each line below says, then import it again.</source>
        <translation>O formulário não foi importado e nada mudou no espaço de trabalho. Corrija o arquivo como diz cada linha abaixo e importe-o de novo.</translation>
    </message>
    <message>
        <source>Import a form</source>
        <translation>Importar um formulário</translation>
    </message>
    <message>
        <source>Choose an XLSForm workbook (.xlsx), as made for ODK, KoboToolbox or Ona, or a Vigia form definition (.json). The same file imported again changes nothing; a changed form comes in as a new version beside the old one.</source>
        <translation>Escolha uma pasta de trabalho XLSForm (.xlsx), como as feitas para ODK, KoboToolbox ou Ona, ou uma definição de formulário do Vigia (.json). O mesmo arquivo importado de novo não muda nada; um formulário alterado entra como uma nova versão ao lado da anterior.</translation>
    </message>
    <message>
        <source>&amp;Form file:</source>
        <translation>Arquivo do &amp;formulário:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Choose the form file</source>
        <translation>Escolher o arquivo do formulário</translation>
    </message>
    <message>
        <source>Folder of &amp;choice files:</source>
        <translation>Pasta dos arquivos de &amp;opções:</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Warnings and problems of the import</source>
        <translation>Avisos e problemas da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Only for forms whose select_one_from_file rows read their choices from CSV or XML files: the folder that holds those files.</source>
        <translation>Só para formulários cujas linhas select_one_from_file leem as opções de arquivos CSV ou XML: a pasta que contém esses arquivos.</translation>
    </message>
    <message>
        <source>This form reads choices from %1. They are read from this folder, which starts as the workbook&apos;s own; leave it empty to import the form without them (those questions are then not asked).</source>
        <translation>Este formulário lê opções de %1. Elas são lidas desta pasta, que começa como a da pasta de trabalho; deixe-a vazia para importar o formulário sem eles (essas perguntas então não são feitas).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
</context>
<context>
    <name>vigia::Inbox</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>ao ler a caixa de entrada</translation>
    </message>
    <message>
        <source>The sender %1 is not approved in this project.</source>
        <translation>O remetente %1 não está aprovado neste projeto.</translation>
    </message>
    <message>
        <source>Approve the device (a manifest that lists it); the bundle is then imported automatically.</source>
        <translation>Aprove o dispositivo (um manifesto que o inclua); o pacote é então importado automaticamente.</translation>
    </message>
    <message>
        <source>It was deleted from the quarantine.</source>
        <translation>Foi excluído da quarentena.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of device %1 wait for its changes %2 to %3, which have not arrived.</source>
        <translation>
            <numerusform>%n alteração do dispositivo %1 aguarda as alterações %2 a %3 dele, que não chegaram.</numerusform>
            <numerusform>%n alterações do dispositivo %1 aguardam as alterações %2 a %3 dele, que não chegaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle of device %1 that carries its changes %2 to %3 (ask for it again if it was lost); these changes are then applied.</source>
        <translation>Importe o pacote do dispositivo %1 que contém as alterações %2 a %3 dele (peça de novo se ele se perdeu); essas alterações são então aplicadas.</translation>
    </message>
    <message>
        <source>reading the records of a bundle</source>
        <translation>ao ler os registros de um pacote</translation>
    </message>
</context>
<context>
    <name>vigia::InboxCommands</name>
    <message>
        <source>List the bundles this device received and what became of each.</source>
        <translation>Lista os pacotes que este dispositivo recebeu e o que aconteceu com cada um.</translation>
    </message>
    <message>
        <source>Lists every bundle received, from a file or the hub, newest first: its sender (name and the first group of its fingerprint), when it was written and received, where it came from, its numbers of changes and records, and its state: applied, already-applied, quarantined (with why and what would release it) or refused (with why).</source>
        <translation>Lista cada pacote recebido, de um arquivo ou do hub, do mais recente ao mais antigo: o remetente (nome e o primeiro grupo da impressão digital), quando foi gravado e recebido, de onde veio, as quantidades de alterações e registros, e o estado: applied, already-applied, quarantined (com o motivo e o que o liberaria) ou refused (com o motivo).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the bundles of this device: its id, the start of it, or its name.</source>
        <translation>Apenas os pacotes deste dispositivo: seu id, o início do id ou seu nome.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Only bundles in this state: applied, already-applied, quarantined or refused.</source>
        <translation>Apenas os pacotes neste estado: applied, already-applied, quarantined ou refused.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>já aplicado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>em quarentena</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state: give applied, already-applied, quarantined or refused.</source>
        <translation>&apos;%1&apos; não é um estado: informe applied, already-applied, quarantined ou refused.</translation>
    </message>
    <message>
        <source>records unknown</source>
        <translation>registros desconhecidos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  from %3  written %4  received %5  via %6  %7, %8</source>
        <translation>%1  %2  de %3  gravado %4  recebido %5  via %6  %7, %8</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>    why: %1</source>
        <translation>    motivo: %1</translation>
    </message>
    <message>
        <source>    to release it: %1</source>
        <translation>    para liberá-lo: %1</translation>
    </message>
    <message>
        <source>No bundle was received.</source>
        <translation>Nenhum pacote foi recebido.</translation>
    </message>
    <message>
        <source>[--device ID] [--state STATE] [--country CC]</source>
        <translation>[--device ID] [--state STATE] [--country CC]</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only the bundles that changed a record of country CC, e.g. BR.</source>
        <translation>Somente os pacotes que alteraram um registro do país CC, por exemplo, BR.</translation>
    </message>
</context>
<context>
    <name>vigia::InboxLog</name>
    <message>
        <source>recording which bundle brought each change</source>
        <translation>ao registrar qual pacote trouxe cada alteração</translation>
    </message>
    <message>
        <source>recording a received bundle</source>
        <translation>ao registrar um pacote recebido</translation>
    </message>
</context>
<context>
    <name>vigia::InboxView</name>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Já aplicado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos os dispositivos</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>No bundle received matches these filters.</source>
        <translation>Nenhum pacote recebido corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Bundle %1 from %2</source>
        <translation>Pacote %1 de %2</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>What would release it: %1</source>
        <translation>O que o liberaria: %1</translation>
    </message>
    <message>
        <source>Records changed by this bundle</source>
        <translation>Registros alterados por este pacote</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by this bundle:</source>
        <translation>
            <numerusform>%n registro alterado por este pacote:</numerusform>
            <numerusform>%n registros alterados por este pacote:</numerusform>
        </translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Gravado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>Abrir registros…</translation>
    </message>
    <message>
        <source>The records the selected bundle changed</source>
        <translation>Os registros que o pacote selecionado alterou</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
</context>
<context>
    <name>vigia::IndexableFields</name>
    <message>
        <source>reading the sensitive fields</source>
        <translation>ler os campos sensíveis</translation>
    </message>
</context>
<context>
    <name>vigia::Invitation</name>
    <message>
        <source>The invitation is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation>O convite está danificado ou malformado. Peça um novo à coordenação.</translation>
    </message>
</context>
<context>
    <name>vigia::JoinByCodeDialog</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
    <message>
        <source>This device joined the project %1, but its request did not reach the hub. Close this window and give your coordinator the request on a USB stick (step 2 of the Sync page).</source>
        <translation>Este dispositivo entrou no projeto %1, mas a solicitação dele não chegou ao hub. Feche esta janela e entregue a solicitação em um pendrive à coordenação (passo 2 da página Sincronizar).</translation>
    </message>
    <message>
        <source>Joined the project %1.</source>
        <translation>Entrou no projeto %1.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando o hub…</translation>
    </message>
    <message>
        <source>Join a project with a code</source>
        <translation>Entrar em um projeto com um código</translation>
    </message>
    <message>
        <source>Type the address of your project&apos;s hub and the invitation code your coordinator reads to you. Capitals, spaces and dashes in the code do not matter.</source>
        <translation>Digite o endereço do hub do seu projeto e o código de convite que a coordenação lê para você. Maiúsculas, espaços e hifens no código não importam.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Endereço do hub:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation>&amp;Código de convite:</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>&amp;Self-hosted hub (optional)</source>
        <translation>Hub &amp;próprio (opcional)</translation>
    </message>
    <message>
        <source>Show the certificate fingerprint of a self-hosted hub</source>
        <translation>Mostrar a impressão digital do certificado de um hub próprio</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Impressão digital do certificado:</translation>
    </message>
    <message>
        <source>Certificate fingerprint of the hub (optional)</source>
        <translation>Impressão digital do certificado do hub (opcional)</translation>
    </message>
    <message>
        <source>Only for a hub with a certificate of its own: the 64 characters its administrator gave you. Leave it empty otherwise.</source>
        <translation>Somente para um hub com certificado próprio: os 64 caracteres que a administração dele lhe deu. Caso contrário, deixe em branco.</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>Aguardando o hub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Project joined</source>
        <translation>Entrou no projeto</translation>
    </message>
    <message>
        <source>Read this device&apos;s fingerprint to your coordinator:</source>
        <translation>Leia a impressão digital deste dispositivo para a coordenação:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Impressão digital deste dispositivo</translation>
    </message>
    <message>
        <source>Once your coordinator approves this device, the approval arrives by itself with the next sync: nothing else to do here.</source>
        <translation>Quando a coordenação aprovar este dispositivo, a aprovação chegará sozinha com a próxima sincronização: não há mais nada a fazer aqui.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>O que vem a seguir</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>Join the project with this code</source>
        <translation>Entrar no projeto com este código</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>Não entrar</translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequest</name>
    <message>
        <source>The join request is damaged or malformed. Ask the device&apos;s owner to write a new one.</source>
        <translation>A solicitação de ingresso está danificada ou malformada. Peça à pessoa responsável pelo dispositivo que grave uma nova.</translation>
    </message>
</context>
<context>
    <name>vigia::JoinRequestDialog</name>
    <message>
        <source>Approve join request</source>
        <translation>Aprovar solicitação de ingresso</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Pesquisador/a</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Impressão digital do dispositivo</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Call the person who sent this request and ask them to read their device&apos;s fingerprint aloud (their Sync page shows it). Approve only if every group matches: anyone can write a request file.</source>
        <translation>Ligue para a pessoa que enviou esta solicitação e peça que ela leia para você, em voz alta, a impressão digital do dispositivo dela (ela aparece na página Sincronização desse dispositivo). Aprove somente se todos os grupos coincidirem: qualquer pessoa pode gravar um arquivo de solicitação.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve the device</source>
        <translation>Aprovar o dispositivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Role the device asks for</source>
        <translation>Papel que o dispositivo pede</translation>
    </message>
    <message>
        <source>Asks to be:</source>
        <translation>Pede para ser:</translation>
    </message>
    <message>
        <source>&amp;Researcher: sends findings, receives the codebook</source>
        <translation>&amp;Pesquisador/a: envia achados, recebe o livro de códigos</translation>
    </message>
    <message>
        <source>C&amp;oordinator: receives all data of the project</source>
        <translation>C&amp;oordenador/a: recebe todos os dados do projeto</translation>
    </message>
    <message>
        <source>Approve as:</source>
        <translation>Aprovar como:</translation>
    </message>
    <message>
        <source>This device will receive every researcher&apos;s findings, including names of places and quotes. Choose Coordinator only for a national coordinator&apos;s or the observatory&apos;s own computer.</source>
        <translation>Este dispositivo receberá os achados de toda a equipe de pesquisa, incluindo nomes de lugares e citações. Escolha Coordenador/a apenas para o computador de uma coordenação nacional ou do próprio observatório.</translation>
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
        <translation>Não foi possível ler o arquivo do repositório de chaves %1 (%2). Verifique se a sua conta neste computador tem permissão de leitura.</translation>
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
    <message>
        <source>The keystore file %1 was created by a test build of Vigia with key-derivation settings that cannot protect real data, so this version refuses to open it. Create a new workspace, and never keep real data in one made by a test build.</source>
        <translation>O arquivo do repositório de chaves %1 foi criado por uma compilação de testes do Vigia com configurações de derivação de chave que não conseguem proteger dados reais; por isso, esta versão se recusa a abri-lo. Crie um novo espaço de trabalho e nunca guarde dados reais em um criado por uma compilação de testes.</translation>
    </message>
    <message>
        <source>These key-derivation settings are for tests only and cannot protect real data, so this version of Vigia does not use them. Use the default settings.</source>
        <translation>Estas configurações de derivação de chave são apenas para testes e não conseguem proteger dados reais; por isso, esta versão do Vigia não as usa. Use as configurações padrão.</translation>
    </message>
    <message>
        <source>A store key has 32 bytes.</source>
        <translation>Uma chave do banco de dados tem 32 bytes.</translation>
    </message>
    <message>
        <source>The keystore file %1 holds no key of the store yet. Open the workspace once, then try again.</source>
        <translation>O arquivo do repositório de chaves %1 ainda não contém nenhuma chave do banco de dados. Abra o espaço de trabalho uma vez e tente novamente.</translation>
    </message>
    <message>
        <source>A change of the store&apos;s key in %1 is not finished. Open the workspace once to finish it, then try again.</source>
        <translation>Uma alteração da chave do banco de dados em %1 não foi concluída. Abra o espaço de trabalho uma vez para concluí-la e tente novamente.</translation>
    </message>
    <message>
        <source>The store&apos;s key in %1 was changed by another program meanwhile. Close every program using the workspace, then open it again.</source>
        <translation>A chave do banco de dados em %1 foi alterada por outro programa nesse meio-tempo. Feche todos os programas que usam o espaço de trabalho e abra-o novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::LockScreen</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Digite sua frase secreta.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Vigia stays locked.</source>
        <translation>Essa frase secreta não está correta. O Vigia continua bloqueado.</translation>
    </message>
    <message>
        <source>Vigia is locked</source>
        <translation>O Vigia está bloqueado</translation>
    </message>
    <message>
        <source>Type your passphrase to continue.</source>
        <translation>Digite sua frase secreta para continuar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
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
        <source>Locked · %1</source>
        <translation>Bloqueado · %1</translation>
    </message>
    <message>
        <source>Unlocked · %1</source>
        <translation>Desbloqueado · %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livro de códigos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página atual</translation>
    </message>
    <message>
        <source>%1 — Vigia</source>
        <translation>%1 — Vigia</translation>
    </message>
    <message>
        <source>Auto-lock reset</source>
        <translation>Bloqueio automático redefinido</translation>
    </message>
    <message>
        <source>The auto-lock setting was changed outside Vigia and has been reset to %1 minutes.</source>
        <translation>A configuração de bloqueio automático foi alterada fora do Vigia e foi redefinida para %1 minutos.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>When Vigia locked, the record you were editing could not be saved: %1

What you typed just before the lock may be missing. Open the record and check it.</source>
        <translation>Quando o Vigia foi bloqueado, não foi possível salvar o registro que você estava editando: %1

O que você digitou logo antes do bloqueio pode estar faltando. Abra o registro e confira.</translation>
    </message>
    <message>
        <source>Quit Vigia</source>
        <translation>Sair do Vigia</translation>
    </message>
    <message>
        <source>%1

Quit anyway and lose what you typed since the last save?</source>
        <translation>%1

Sair mesmo assim e perder o que você digitou desde o último salvamento?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Lock Vigia now: %1</source>
        <translation>Bloquear o Vigia agora: %1</translation>
    </message>
    <message>
        <source>Store key not changed</source>
        <translation>Chave do banco de dados não alterada</translation>
    </message>
    <message>
        <source>A transfer of changes is still running. Change the store key once it is done.</source>
        <translation>Uma transferência de alterações ainda está em andamento. Altere a chave do banco de dados quando ela terminar.</translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

The store key was not changed. Save the record, then try again.</source>
        <translation>Não foi possível salvar o registro que você está editando: %1

A chave do banco de dados não foi alterada. Salve o registro e tente novamente.</translation>
    </message>
    <message>
        <source>Changing the store key</source>
        <translation>Alterando a chave do banco de dados</translation>
    </message>
    <message>
        <source>Copying the records under the new key. Vigia opens them again when it is done; keep the computer on.</source>
        <translation>Copiando os registros com a nova chave. O Vigia volta a abri-los quando terminar; mantenha o computador ligado.</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Chave do banco de dados</translation>
    </message>
    <message>
        <source>%1

Unlock Vigia to open the store again.</source>
        <translation>%1

Desbloqueie o Vigia para abrir o banco de dados novamente.</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>Chave do banco de dados alterada</translation>
    </message>
    <message>
        <source>The store has a new key, and the old one no longer opens it. Every record was kept.</source>
        <translation>O banco de dados tem uma nova chave, e a antiga não o abre mais. Todos os registros foram mantidos.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Abrir um arquivo</translation>
    </message>
    <message>
        <source>Vigia opens bundles (.vigiabundle), invitations (.vigiainvite) and approvals (.vigiamanifest); %1 is none of these.</source>
        <translation>O Vigia abre pacotes (.vigiabundle), convites (.vigiainvite) e aprovações (.vigiamanifest); %1 não é nenhum deles.</translation>
    </message>
    <message>
        <source>&amp;About Vigia</source>
        <translation>&amp;Sobre o Vigia</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation>&amp;Exportar registros…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import XLSForm…</source>
        <translation>&amp;Importar XLSForm…</translation>
    </message>
    <message>
        <source>%1 — %2 — Vigia</source>
        <translation>%1 — %2 — Vigia</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>O projeto não foi trocado</translation>
    </message>
    <message>
        <source>A transfer or an export is still running. Choose the other project once it is done.</source>
        <translation>Uma transferência ou uma exportação ainda está em andamento. Escolha o outro projeto quando ela terminar.</translation>
    </message>
    <message>
        <source>The record you are editing could not be saved: %1

Save the record, then choose the other project again.</source>
        <translation>Não foi possível salvar o registro que você está editando: %1

Salve o registro e depois escolha o outro projeto novamente.</translation>
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
    <name>vigia::MultiChoiceField</name>
    <message>
        <source>Type to filter the choices</source>
        <translation>Digite para filtrar as opções</translation>
    </message>
    <message>
        <source>Filter the choices of %1</source>
        <translation>Filtrar as opções de %1</translation>
    </message>
</context>
<context>
    <name>vigia::NeedsChangesLabel</name>
    <message numerus="yes">
        <source>⚑ %n of your records need(s) changes</source>
        <translation>
            <numerusform>⚑ %n registro seu precisa de alterações</numerusform>
            <numerusform>⚑ %n registros seus precisam de alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>A coordinator asked for changes: filter the records by review state &quot;Needs changes&quot;, edit them and finalize them again.</source>
        <translation>Uma pessoa coordenadora pediu alterações: filtre os registros pelo estado de revisão &quot;Precisa de alterações&quot;, edite-os e finalize-os de novo.</translation>
    </message>
</context>
<context>
    <name>vigia::NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>for example: four unrelated words together</source>
        <translation>por exemplo: quatro palavras sem relação entre si, juntas</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase secreta</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase secreta</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>As duas frases secretas são diferentes. Digite a mesma frase secreta duas vezes.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess, so it cannot be used.</source>
        <translation>Esta frase secreta é fácil demais de adivinhar, então não pode ser usada.</translation>
    </message>
</context>
<context>
    <name>vigia::NpaStatusText</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
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
    <message>
        <source>value digest is not 32 bytes</source>
        <translation>o resumo do valor não tem 32 bytes</translation>
    </message>
    <message>
        <source>a kept hash without a removed value</source>
        <translation>um hash mantido sem um valor removido</translation>
    </message>
    <message>
        <source>a removed value without its digest</source>
        <translation>um valor removido sem o seu resumo</translation>
    </message>
    <message>
        <source>the value does not match its digest</source>
        <translation>o valor não corresponde ao seu resumo</translation>
    </message>
</context>
<context>
    <name>vigia::OpLog</name>
    <message>
        <source>writing the change log</source>
        <translation>gravar o registro de alterações</translation>
    </message>
    <message>
        <source>There is no value of &quot;%1&quot; to remove.</source>
        <translation>Não há nenhum valor de &quot;%1&quot; para remover.</translation>
    </message>
</context>
<context>
    <name>vigia::OpValueText</name>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
            <numerusform>O registro de alterações tem %n problema, listado na saída. Não compartilhe nem sincronize este espaço de trabalho; peça ajuda à pessoa que coordena.</numerusform>
            <numerusform>O registro de alterações tem %n problemas, listados na saída. Não compartilhe nem sincronize este espaço de trabalho; peça ajuda à pessoa que coordena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::Outbox</name>
    <message>
        <source>counting the changes not yet sent</source>
        <translation>contar as alterações ainda não enviadas</translation>
    </message>
    <message>
        <source>reading the changes to send</source>
        <translation>ler as alterações a enviar</translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation>registrar as alterações exportadas</translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation>marcar alterações como recebidas</translation>
    </message>
    <message>
        <source>reading the changes already sent</source>
        <translation>ler as alterações já enviadas</translation>
    </message>
</context>
<context>
    <name>vigia::OutboxCountsBox</name>
    <message>
        <source>Your records and codings</source>
        <translation>Seus registros e codificações</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Aguardando exportação</translation>
    </message>
    <message>
        <source>Received by the coordinator</source>
        <translation>Já com a coordenação</translation>
    </message>
    <message>
        <source>Not yet exported: %1</source>
        <translation>Aguardando exportação: %1</translation>
    </message>
    <message>
        <source>Received by the coordinator: %1</source>
        <translation>Já com a coordenação: %1</translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt</source>
        <translation>A caminho, aguardando o recibo da coordenação</translation>
    </message>
    <message>
        <source>On their way, waiting for the coordinator&apos;s receipt: %1</source>
        <translation>A caminho, aguardando o recibo da coordenação: %1</translation>
    </message>
</context>
<context>
    <name>vigia::OutboxSummary</name>
    <message>
        <source>counting the records not yet sent</source>
        <translation>contar os registros ainda não enviados</translation>
    </message>
    <message>
        <source>counting the records received by the coordinator</source>
        <translation>contar os registros já recebidos pela coordenação</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseCommands</name>
    <message>
        <source>[--new-passphrase-file FILE]</source>
        <translation>[--new-passphrase-file FILE]</translation>
    </message>
    <message>
        <source>Change the passphrase that protects this workspace.</source>
        <translation>Alterar a frase secreta que protege este espaço de trabalho.</translation>
    </message>
    <message>
        <source>Asks for the current passphrase and opens the workspace with it, then takes the new one from --new-passphrase-file, VIGIA_NEW_PASSPHRASE or, on a terminal, a prompt (typed twice). The new passphrase must be as hard to guess as &apos;init&apos; requires and differ from the current one. The keystore is rewritten in one step: if anything fails, the current passphrase still opens the workspace.</source>
        <translation>Pede a frase secreta atual e abre com ela o espaço de trabalho; depois lê a nova de --new-passphrase-file, de VIGIA_NEW_PASSPHRASE ou, em um terminal, de uma solicitação (digitada duas vezes). A nova frase secreta deve ser tão difícil de adivinhar quanto &apos;init&apos; exige e diferente da atual. O repositório de chaves é regravado em um único passo: se algo falhar, a frase secreta atual continua abrindo o espaço de trabalho.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Ler a nova frase secreta da primeira linha de FILE.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess; the passphrase was not changed. Add a few unrelated words: four or more are easy to remember and hard to guess.</source>
        <translation>A nova frase secreta é fácil demais de adivinhar; a frase secreta não foi alterada. Acrescente algumas palavras sem relação entre si: quatro ou mais são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Changed the passphrase of the workspace in %1. From now on only the new passphrase opens it; keep it safe.</source>
        <translation>A frase secreta do espaço de trabalho em %1 foi alterada. De agora em diante, só a nova frase secreta o abre; guarde-a em segurança.</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar a frase secreta</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar a frase secreta</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseSource</name>
    <message>
        <source>This command needs the workspace passphrase. Pass it with --passphrase-file FILE (the passphrase on the first line) or the VIGIA_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando precisa da frase secreta do espaço de trabalho. Informe-a com --passphrase-file FILE (com a frase secreta na primeira linha) ou com a variável de ambiente VIGIA_PASSPHRASE, ou execute o vigiactl em um terminal para que ela seja solicitada.</translation>
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
        <source>Type the passphrase again: </source>
        <translation>Digite a frase secreta novamente: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Run the command again and type the same passphrase twice.</source>
        <translation>As duas frases secretas são diferentes. Execute o comando novamente e digite a mesma frase secreta duas vezes.</translation>
    </message>
    <message>
        <source>Not enough protected memory to hold the passphrase. Close other programs and try again.</source>
        <translation>Não há memória protegida suficiente para guardar a frase secreta. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes. Choose a shorter one.</source>
        <translation>A frase secreta tem mais de %1 bytes. Escolha uma mais curta.</translation>
    </message>
    <message>
        <source>This command needs the new passphrase. Pass it with --new-passphrase-file FILE (the passphrase on the first line) or the VIGIA_NEW_PASSPHRASE environment variable, or run vigiactl in a terminal to be asked for it.</source>
        <translation>Este comando precisa da nova frase secreta. Informe-a com --new-passphrase-file FILE (com a frase secreta na primeira linha) ou com a variável de ambiente VIGIA_NEW_PASSPHRASE, ou execute o vigiactl em um terminal para que ela seja solicitada.</translation>
    </message>
    <message>
        <source>Other users of this computer may be able to read the passphrase file %1. Make it private with: chmod 600 %1</source>
        <translation>Outras pessoas que usam este computador podem conseguir ler o arquivo de frase secreta %1. Torne-o privado com: chmod 600 %1</translation>
    </message>
    <message>
        <source>The passphrase file %1 does not exist. Check the path given to %2.</source>
        <translation>O arquivo de frase secreta %1 não existe. Verifique o caminho informado em %2.</translation>
    </message>
    <message>
        <source>No passphrase was entered. Type it at the prompt, or pass it with %1 FILE or %2.</source>
        <translation>Nenhuma frase secreta foi digitada. Digite-a quando for solicitada ou informe-a com %1 FILE ou %2.</translation>
    </message>
    <message>
        <source>No passphrase was given. Pass it with %1 FILE or %2.</source>
        <translation>Nenhuma frase secreta foi informada. Informe-a com %1 FILE ou %2.</translation>
    </message>
</context>
<context>
    <name>vigia::PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Curta demais</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Escolha uma frase secreta: quatro ou mais palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Use pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Easy to guess. Add a few unrelated words.</source>
        <translation>Fácil de adivinhar. Acrescente algumas palavras sem relação entre si.</translation>
    </message>
    <message>
        <source>Acceptable. One or two more words would make it strong.</source>
        <translation>Aceitável. Mais uma ou duas palavras a tornariam forte.</translation>
    </message>
    <message>
        <source>Hard to guess. Keep it somewhere safe.</source>
        <translation>Difícil de adivinhar. Guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. Several unrelated words work well.</source>
        <translation>Curta demais: use pelo menos %1 caracteres. Várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>Weak: this is one of the first passwords anyone would try. Several unrelated words work well.</source>
        <translation>Fraca: é uma das primeiras senhas que qualquer pessoa tentaria. Várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>Weak: repeated characters and sequences such as &quot;aaaa&quot; or &quot;1234&quot; are easy to guess. Several unrelated words work well.</source>
        <translation>Fraca: caracteres repetidos e sequências como &quot;aaaa&quot; ou &quot;1234&quot; são fáceis de adivinhar. Várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>Weak: only one kind of character, and not long enough for that. Add more words, or mix in capitals, digits or symbols.</source>
        <translation>Fraca: usa um só tipo de caractere e não é longa o bastante para isso. Acrescente mais palavras ou misture maiúsculas, dígitos ou símbolos.</translation>
    </message>
    <message>
        <source>Weak: not long enough to be hard to guess. Add a few unrelated words.</source>
        <translation>Fraca: não é longa o bastante para ser difícil de adivinhar. Acrescente algumas palavras sem relação entre si.</translation>
    </message>
</context>
<context>
    <name>vigia::PdfCanvas</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::PgHubStore</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation>O hub não atende nenhum projeto com este ID; não foi permitido %1.</translation>
    </message>
    <message>
        <source>The hub holds this already; %1 was refused.</source>
        <translation>O hub já tem isto; não foi permitido %1.</translation>
    </message>
    <message>
        <source>The values break a rule of the hub&apos;s database; %1 was refused.</source>
        <translation>Os valores violam uma regra do banco de dados do hub; não foi permitido %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is out of disk or memory; %2 failed. Nothing was changed.</source>
        <translation>O servidor PostgreSQL em %1 ficou sem disco ou sem memória; %2 falhou. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost while %2 was being committed; whether it was saved is unknown. Try again: every hub call can be repeated.</source>
        <translation>A conexão com o servidor PostgreSQL em %1 caiu enquanto %2 era confirmado; não se sabe se foi salvo. Tente de novo: toda chamada ao hub pode ser repetida.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached; %2 failed. Check that it runs.</source>
        <translation>Não é possível alcançar o servidor PostgreSQL em %1; %2 falhou. Verifique se ele está em execução.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused %1 (SQLSTATE %2). The hub&apos;s log says more.</source>
        <translation>O servidor PostgreSQL recusou %1 (SQLSTATE %2). O log do hub dá mais detalhes.</translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1. The hub&apos;s log says more.</source>
        <translation>O banco de dados do hub falhou ao %1. O log do hub dá mais detalhes.</translation>
    </message>
    <message>
        <source>The hub&apos;s database failed while %1.</source>
        <translation>O banco de dados do hub falhou ao %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s database was busy with another process; %1 did not happen. Try again.</source>
        <translation>O banco de dados do hub estava ocupado com outro processo; não foi possível %1. Tente de novo.</translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation>O hub não tem esse pacote para este projeto.</translation>
    </message>
    <message>
        <source>The hub&apos;s database must be given as a postgresql:// URI, such as postgresql://vigia@db.example.org:5432/vigia_hub.</source>
        <translation>O banco de dados do hub deve ser indicado como um URI postgresql://, por exemplo postgresql://vigia@db.example.org:5432/vigia_hub.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 could not be reached (%2). Check that it runs and that the URI names the right host, port, database and user.</source>
        <translation>Não foi possível alcançar o servidor PostgreSQL em %1 (%2). Verifique se ele está em execução e se o URI indica o host, a porta, o banco de dados e a conta corretos.</translation>
    </message>
    <message>
        <source>connecting to the hub&apos;s database</source>
        <translation>conectar ao banco de dados do hub</translation>
    </message>
    <message>
        <source>creating the hub&apos;s tables</source>
        <translation>criar as tabelas do hub</translation>
    </message>
    <message>
        <source>The database at %1 is not a vigia-hub database; nothing was changed. Give the hub a database of its own.</source>
        <translation>O banco de dados em %1 não é um banco de dados do vigia-hub; nada foi alterado. Dê ao hub um banco de dados próprio.</translation>
    </message>
    <message>
        <source>The hub database at %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>O banco de dados do hub em %1 foi gravado por uma versão mais recente do vigia-hub (esquema %2; esta versão suporta até o %3). Instale a versão mais recente para abri-lo.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables of something else; nothing was changed. Give the hub a database of its own.</source>
        <translation>O banco de dados em %1 contém tabelas de outra coisa; nada foi alterado. Dê ao hub um banco de dados próprio.</translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation>ler o ID do hub</translation>
    </message>
    <message>
        <source>The hub database at %1 has no valid hub id. Restore it from a backup.</source>
        <translation>O banco de dados do hub em %1 não tem um ID do hub válido. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation>adicionar uma vaga de projeto</translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation>Já existe uma vaga de projeto com este token; nada foi adicionado. Crie a vaga com um novo token.</translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation>registrar o projeto</translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation>Nenhuma vaga de projeto livre tem este token; nada foi registrado. Cada token registra um único projeto: peça um novo a quem opera o hub.</translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation>O hub já atende um projeto com este ID; nada foi registrado. Um projeto se registra uma única vez e depois envia novos manifestos.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>ler o projeto</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>O hub não atende nenhum projeto com este ID.</translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation>substituir o manifesto do projeto</translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation>O manifesto do projeto mudou nesse meio-tempo (o hub tem a versão %1, não a %2); nada foi substituído. Leia o novo manifesto e tente novamente.</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>ler o dispositivo</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation>Este dispositivo não está no manifesto do projeto neste hub.</translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation>O banco de dados do hub contém um dispositivo com um papel desconhecido. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation>ler os dispositivos do projeto</translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation>salvar um desafio de login</translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation>verificar um desafio de login</translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation>salvar uma sessão</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>ler a sessão</translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation>Esta sessão é desconhecida ou expirou; faça login novamente.</translation>
    </message>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation>Um upload não pode ter tamanho negativo.</translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation>criar o upload</translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation>ler o upload</translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation>O hub não tem esse upload (ele pode ter expirado); inicie-o novamente.</translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation>salvar os bytes enviados</translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation>O upload está no byte %1, não no %2; nada foi salvo. Retome a partir do byte %1.</translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation>Estes bytes ultrapassam o tamanho do upload, de %1 bytes; nada foi salvo.</translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation>ler os bytes enviados</translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation>As partes armazenadas do upload não são consecutivas; exclua o upload e envie o pacote novamente.</translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation>excluir o upload</translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation>O hub não tem esse upload.</translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation>remover os uploads expirados</translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation>O pacote tem %1 bytes, não os %2 anunciados; nada foi armazenado.</translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation>armazenar o pacote</translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation>listar os pacotes do projeto</translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation>ler o pacote</translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation>Um intervalo de bytes não pode começar nem se estender para trás.</translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation>ler os bytes do pacote</translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation>O intervalo começa no byte %1, depois do fim do pacote (%2 bytes).</translation>
    </message>
    <message>
        <source>The bundle&apos;s stored parts do not add up to its size. Restore the hub database from a backup.</source>
        <translation>As partes salvas do pacote não somam o seu tamanho. Restaure o banco de dados do hub a partir de um backup.</translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation>contar o que o hub contém</translation>
    </message>
    <message>
        <source>storing the receipt</source>
        <translation>armazenar o recibo</translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation>listar os recibos do projeto</translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation>ler quais dispositivos enviaram os pacotes</translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation>salvar o convite</translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation>Já existe um convite com este código; nada foi adicionado. Crie um convite novo.</translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation>Este código de convite é desconhecido, já foi usado ou expirou. Peça um convite novo.</translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation>resgatar o convite</translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation>salvar a solicitação de ingresso</translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation>ler as solicitações de ingresso</translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation>listar os projetos</translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation>bloquear o dispositivo</translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation>contar os uploads em andamento do dispositivo</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressCalculator</name>
    <message>
        <source>A report of %1 in %2 gives its value in %3, but the target is in %4; values in different units are never mixed. Correct the report (record %5) or set the target in its unit.</source>
        <translation>Um relatório de %1 em %2 dá seu valor em %3, mas a meta está em %4; valores em unidades diferentes nunca são misturados. Corrija o relatório (registro %5) ou defina a meta na sua unidade.</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressChart</name>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation>Trajetória de marcos</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sem meta</translation>
    </message>
    <message>
        <source>Target, %1</source>
        <translation>Meta, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 em %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vigia::ProgressStatusText</name>
    <message>
        <source>on track</source>
        <translation>no caminho</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>em risco</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>fora do caminho</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectAdmin</name>
    <message>
        <source>Only a coordinator&apos;s workspace can create a project. Create one with &apos;vigiactl init --role coordinator&apos;.</source>
        <translation>Somente um espaço de trabalho de coordenação pode criar um projeto. Crie um com &apos;vigiactl init --role coordinator&apos;.</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>O projeto precisa de um nome.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code. Give two letters, e.g. --country BR.</source>
        <translation>&apos;%1&apos; não é um código de país. Informe duas letras, por exemplo, --country BR.</translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. Use a separate workspace for each project.</source>
        <translation>Este espaço de trabalho já pertence a um projeto; nada foi alterado. Use um espaço de trabalho separado para cada projeto.</translation>
    </message>
    <message>
        <source>This join request is for another project; nothing was changed.</source>
        <translation>Esta solicitação de ingresso é de outro projeto; nada foi alterado.</translation>
    </message>
    <message>
        <source>This device was revoked from the project and cannot be approved again. Set up a new workspace on it and send a new join request.</source>
        <translation>Este dispositivo foi revogado do projeto e não pode ser aprovado novamente. Configure um novo espaço de trabalho nele e envie uma nova solicitação de ingresso.</translation>
    </message>
    <message>
        <source>No approved device has the id %1. &apos;vigiactl devices list&apos; shows the devices of the project.</source>
        <translation>Nenhum dispositivo aprovado tem o ID %1. &apos;vigiactl devices list&apos; mostra os dispositivos do projeto.</translation>
    </message>
    <message>
        <source>This device holds the project key and cannot revoke itself.</source>
        <translation>Este dispositivo guarda a chave do projeto e não pode revogar a si mesmo.</translation>
    </message>
    <message>
        <source>The device %1 is already in the project with other keys; nothing was changed. If its keys really changed, revoke the device and ask for a new join request from a new workspace.</source>
        <translation>O dispositivo %1 já está no projeto com outras chaves; nada foi alterado. Se as chaves dele realmente mudaram, revogue o dispositivo e peça uma nova solicitação de ingresso a partir de um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>reading what the device has sent</source>
        <translation>lendo o que o dispositivo enviou</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectChooser</name>
    <message>
        <source>Project not set up yet</source>
        <translation>Projeto ainda não configurado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>The project whose records, targets and bundles the pages show</source>
        <translation>O projeto cujos registros, metas e pacotes as páginas mostram</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectCommands</name>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 gravado em %2.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projeto:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID do projeto:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation>Versão do manifesto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Chave do projeto:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Dispositivos:</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>--name NAME --country CC [--hub URL]</source>
        <translation>--name NAME --country CC [--hub URL]</translation>
    </message>
    <message>
        <source>Create a project with this coordinator device as its owner.</source>
        <translation>Criar um projeto tendo este dispositivo de coordenação como proprietário.</translation>
    </message>
    <message>
        <source>Creates the project signing key (kept in the workspace, sealed to this device&apos;s keys) and manifest version 1 listing this device as coordinator and recipient. Prints the project key&apos;s fingerprint: members compare it when they join.</source>
        <translation>Cria a chave de assinatura do projeto (guardada no espaço de trabalho, selada com as chaves deste dispositivo) e a versão 1 do manifesto, que lista este dispositivo com o papel de coordenação e como destinatário. Imprime a impressão digital da chave do projeto: cada integrante a compara ao ingressar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>O nome do projeto.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>The project&apos;s country, e.g. BR.</source>
        <translation>O país do projeto, por exemplo, BR.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub&apos;s address (may stay empty).</source>
        <translation>O endereço do hub (pode ficar vazio).</translation>
    </message>
    <message>
        <source>--out FILE</source>
        <translation>--out FILE</translation>
    </message>
    <message>
        <source>Write an invitation file for a new member.</source>
        <translation>Gravar um arquivo de convite para uma pessoa que vai ingressar no projeto.</translation>
    </message>
    <message>
        <source>Writes the invitation (project id, hub address, project key) signed by the project key. Tell the new member the project key&apos;s fingerprint over the phone.</source>
        <translation>Grava o convite (ID do projeto, endereço do hub, chave do projeto) assinado pela chave do projeto. Leia por telefone, para a pessoa que vai ingressar, a impressão digital da chave do projeto.</translation>
    </message>
    <message>
        <source>Write this device&apos;s join request for the coordinator.</source>
        <translation>Gravar a solicitação de ingresso deste dispositivo para a coordenação.</translation>
    </message>
    <message>
        <source>Writes a join request signed by this device: its id, name, role and public keys. Prints this device&apos;s fingerprint, which the coordinator compares when approving.</source>
        <translation>Grava uma solicitação de ingresso assinada por este dispositivo: ID, nome, papel e chaves públicas dele. Imprime a impressão digital deste dispositivo, que você lê para a pessoa que coordena comparar ao aprová-lo.</translation>
    </message>
    <message>
        <source>Approve a join request and issue a new manifest.</source>
        <translation>Aprovar uma solicitação de ingresso e emitir um novo manifesto.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Remove a device from the project.</source>
        <translation>Remover um dispositivo do projeto.</translation>
    </message>
    <message>
        <source>Write the current manifest to a file.</source>
        <translation>Gravar o manifesto atual em um arquivo.</translation>
    </message>
    <message>
        <source>Writes the signed manifest in force, to hand to every member.</source>
        <translation>Grava o manifesto assinado em vigor, para entregar a cada integrante.</translation>
    </message>
    <message>
        <source>Install a newer manifest from the coordinator.</source>
        <translation>Instalar um manifesto mais recente da coordenação.</translation>
    </message>
    <message>
        <source>Accepts the manifest only if the pinned project key signed it, it is for this project and its version is higher than the one in force; otherwise nothing changes. Bundles in quarantine whose sender it approves are imported.</source>
        <translation>Aceita o manifesto somente se a chave do projeto fixada o assinou, se ele é deste projeto e se a versão dele é maior que a da versão em vigor; caso contrário, nada muda. Os pacotes em quarentena cujo remetente ele aprova são importados.</translation>
    </message>
    <message>
        <source>List the devices of the project.</source>
        <translation>Listar os dispositivos do projeto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --out FILE.</source>
        <translation>&apos;%1&apos; precisa de --out FILE.</translation>
    </message>
    <message>
        <source>&apos;project create&apos; needs --name NAME and --country CC.</source>
        <translation>&apos;project create&apos; precisa de --name NAME e --country CC.</translation>
    </message>
    <message>
        <source>Created the project. Keep this workspace safe: it holds the project key.</source>
        <translation>Projeto criado. Mantenha este espaço de trabalho em segurança: ele guarda a chave do projeto.</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>o convite</translation>
    </message>
    <message>
        <source>Joined the project. Compare the project key&apos;s fingerprint with your coordinator&apos;s, then send them your join request (project request).</source>
        <translation>Você ingressou no projeto. Compare a impressão digital da chave do projeto com a que a pessoa que coordena lê para você e, em seguida, envie a ela sua solicitação de ingresso (project request).</translation>
    </message>
    <message>
        <source>the join request</source>
        <translation>a solicitação de ingresso</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID do dispositivo:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id. &apos;vigiactl devices list&apos; shows them.</source>
        <translation>&apos;%1&apos; não é um ID de dispositivo. &apos;vigiactl devices list&apos; mostra os IDs.</translation>
    </message>
    <message>
        <source>Revoked the device. Send the new manifest to every member (project manifest export).</source>
        <translation>Dispositivo revogado. Envie o novo manifesto a cada integrante (project manifest export).</translation>
    </message>
    <message>
        <source>This workspace has no manifest to export yet.</source>
        <translation>Este espaço de trabalho ainda não tem manifesto a exportar.</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>o manifesto</translation>
    </message>
    <message>
        <source>Installed the manifest.</source>
        <translation>Manifesto instalado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s) from quarantine.</source>
        <translation>
            <numerusform>%n pacote importado da quarentena.</numerusform>
            <numerusform>%n pacotes importados da quarentena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the requesting device, the role it asks for and its fingerprint. Nothing changes until the fingerprint is confirmed: give the one the person read to you by phone with --fingerprint (it must match), or answer yes at the prompt on a terminal. The device joins as a researcher unless you choose --role coordinator; the role written in the request is never taken from it. Then it is added to the project and the next manifest version is issued (hand it out with project manifest export).</source>
        <translation>Mostra o dispositivo solicitante, o papel que ele pede e sua impressão digital. Nada muda até que a impressão digital seja confirmada: informe com --fingerprint a que a pessoa leu para você por telefone (ela precisa coincidir), ou responda sim à pergunta em um terminal. O dispositivo entra como Pesquisador/a, a menos que você escolha --role coordinator; o papel escrito na solicitação nunca é tirado dela. Depois ele é adicionado ao projeto e a próxima versão do manifesto é emitida (entregue-a com project manifest export).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher (default) or coordinator: a coordinator receives every researcher&apos;s data.</source>
        <translation>researcher (padrão) ou coordinator: a coordenação recebe os dados de toda a equipe de pesquisa.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>The fingerprint the person read to you; spaces, dashes and case do not matter.</source>
        <translation>A impressão digital que a pessoa leu para você; espaços, hífens e maiúsculas não importam.</translation>
    </message>
    <message>
        <source>Issues a manifest without the device. It records how far this workspace had accepted the device&apos;s changes: every member refuses the device&apos;s later changes, whatever date they carry; those accepted before stay valid.</source>
        <translation>Emite um manifesto sem o dispositivo. Registra até onde este espaço de trabalho tinha aceitado as alterações do dispositivo: cada integrante recusa as alterações posteriores dele, seja qual for a data que tragam; as aceitas antes continuam válidas.</translation>
    </message>
    <message>
        <source>Approved %1 as %2. Send them the manifest (project manifest export).</source>
        <translation>%1 aprovado como %2. Envie o manifesto (project manifest export).</translation>
    </message>
    <message>
        <source>Join request from %1 (asks to be %2), device id %3.</source>
        <translation>Solicitação de ingresso de %1 (pede para ser %2), ID do dispositivo %3.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>Warning: as a coordinator this device will receive every researcher&apos;s data in the project.</source>
        <translation>Atenção: com o papel de coordenação, este dispositivo receberá os dados de toda a equipe de pesquisa do projeto.</translation>
    </message>
    <message>
        <source>The fingerprint you gave does not match this join request&apos;s (%1); nothing was changed. The request may not come from the person you spoke to: ask them to send it again.</source>
        <translation>A impressão digital informada não coincide com a desta solicitação de ingresso (%1); nada foi alterado. A solicitação pode não vir da pessoa com quem você falou: peça a essa pessoa que a envie de novo.</translation>
    </message>
    <message>
        <source>Does the fingerprint match, group by group, the one the person read to you?</source>
        <translation>A impressão digital coincide, grupo por grupo, com a que a pessoa leu para você?</translation>
    </message>
    <message>
        <source>Approving needs the fingerprint confirmed; nothing was changed. Give --fingerprint with the fingerprint the person read to you by phone, or run the command on a terminal to answer the question.</source>
        <translation>Para aprovar é preciso confirmar a impressão digital; nada foi alterado. Informe --fingerprint com a impressão digital que a pessoa leu para você por telefone, ou execute o comando em um terminal para responder à pergunta.</translation>
    </message>
    <message>
        <source>Not approved; nothing was changed.</source>
        <translation>Não aprovado; nada foi alterado.</translation>
    </message>
    <message>
        <source>FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]</source>
        <translation>FILE [--role researcher|coordinator] [--fingerprint FINGERPRINT]</translation>
    </message>
    <message>
        <source>Join a project from an invitation file or a code.</source>
        <translation>Entrar em um projeto com um arquivo de convite ou um código.</translation>
    </message>
    <message>
        <source>Pins the project and its key from the invitation, and prints the key&apos;s fingerprint: compare it with the coordinator&apos;s before going on. From then on only manifests signed by that key are accepted. With --hub and --code, the invitation comes from the hub, is checked against the code before anything is sent, and the join request goes to the hub.</source>
        <translation>Fixa o projeto e sua chave a partir do convite e mostra a impressão digital da chave: compare-a com a da coordenação antes de continuar. A partir daí só são aceitos manifestos assinados com essa chave. Com --hub e --code, o convite vem do hub, é conferido com o código antes de qualquer envio, e a solicitação de ingresso vai para o hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>O endereço do hub.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The invitation code read out by the coordinator.</source>
        <translation>O código de convite ditado pela coordenação.</translation>
    </message>
    <message>
        <source>A self-hosted hub certificate&apos;s SHA-256, as the coordinator gives it.</source>
        <translation>O SHA-256 do certificado de um hub próprio, como a coordenação o informa.</translation>
    </message>
    <message>
        <source>&apos;project join&apos; needs an invitation FILE, or --hub URL and --code CODE.</source>
        <translation>&apos;project join&apos; precisa de um FILE de convite, ou de --hub URL e --code CODE.</translation>
    </message>
    <message>
        <source>FILE | --hub URL --code CODE [--pin HASH]</source>
        <translation>FILE | --hub URL --code CODE [--pin HASH]</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>Lists the devices of the manifest in force with role, fingerprint and whether they receive researcher data, then the revoked devices; for each, when the last bundle from it arrived, how far its clock ran from this one&apos;s then (flagged when more than ten minutes ahead) and how many bundles sent to it wait for its receipt.</source>
        <translation>Lista os dispositivos do manifesto em vigor com o papel, a impressão digital e se recebem os dados das pessoas pesquisadoras, e depois os dispositivos revogados; para cada um, quando chegou o seu último pacote, quanto o seu relógio diferia então do relógio deste dispositivo (sinalizado quando está mais de dez minutos adiantado) e quantos pacotes enviados a ele aguardam o seu recibo.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectDevicesPanel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Receives data</source>
        <translation>Recebe dados</translation>
    </message>
    <message>
        <source>Devices in the project</source>
        <translation>Dispositivos do projeto</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Revogar o dispositivo selecionado</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Pesquisador/a</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhum ainda</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead</source>
        <translation>
            <numerusform>%n minuto adiantado</numerusform>
            <numerusform>%n minutos adiantado</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Na hora certa</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último pacote</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <source>Without receipt</source>
        <translation>Sem recibo</translation>
    </message>
    <message>
        <source>Fingerprint of %1&apos;s device</source>
        <translation>Impressão digital do dispositivo de %1</translation>
    </message>
    <message>
        <source>Waiting to join</source>
        <translation>Aguardando para entrar</translation>
    </message>
    <message>
        <source>Role asked</source>
        <translation>Papel solicitado</translation>
    </message>
    <message>
        <source>Fingerprint starts</source>
        <translation>Início da impressão digital</translation>
    </message>
    <message>
        <source>Devices asking to join the project</source>
        <translation>Dispositivos pedindo para entrar no projeto</translation>
    </message>
    <message>
        <source>Before approving, call the person and have them read their device&apos;s fingerprint aloud (their Sync page shows it). It must be this one:</source>
        <translation>Antes de aprovar, ligue para a pessoa e peça que ela leia em voz alta a impressão digital do dispositivo dela (a página Sincronização dela a mostra). Deve ser esta:</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Apr&amp;ovar…</translation>
    </message>
    <message>
        <source>Approve the selected device</source>
        <translation>Aprovar o dispositivo selecionado</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFileDialog</name>
    <message>
        <source>Invitations (%1)</source>
        <translation>Convites (%1)</translation>
    </message>
    <message>
        <source>Join requests (%1)</source>
        <translation>Solicitações de ingresso (%1)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Aprovações (%1)</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>Recibos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectFiles</name>
    <message>
        <source>invitation</source>
        <comment>file name</comment>
        <translation>convite</translation>
    </message>
    <message>
        <source>join-request</source>
        <comment>file name</comment>
        <translation>solicitação-de-ingresso</translation>
    </message>
    <message>
        <source>approval</source>
        <comment>file name of the coordinator&apos;s manifest</comment>
        <translation>aprovação</translation>
    </message>
    <message>
        <source>receipt</source>
        <comment>file name</comment>
        <translation>recibo</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectInfoPanel</name>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>ID do projeto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Chave do projeto:</translation>
    </message>
    <message>
        <source>Manifest version:</source>
        <translation>Versão do manifesto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>Project key fingerprint</source>
        <translation>Impressão digital da chave do projeto</translation>
    </message>
    <message>
        <source>Manifest version</source>
        <translation>Versão do manifesto</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Impressão digital deste dispositivo</translation>
    </message>
    <message>
        <source>none yet: waiting for the coordinator&apos;s manifest</source>
        <translation>nenhuma ainda: aguardando o manifesto da coordenação</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <source>none: this project syncs by USB stick only</source>
        <translation>nenhum: este projeto sincroniza só por pen drive</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectKey</name>
    <message>
        <source>Could not generate the project key. Close other programs and try again.</source>
        <translation>Não foi possível gerar a chave do projeto. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>This workspace already holds a project key (%1); it was left untouched.</source>
        <translation>Este espaço de trabalho já guarda uma chave de projeto (%1); ela não foi modificada.</translation>
    </message>
    <message>
        <source>The keys are incomplete; nothing was saved.</source>
        <translation>As chaves estão incompletas; nada foi salvo.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the keys.</source>
        <translation>Não há memória protegida suficiente para as chaves.</translation>
    </message>
    <message>
        <source>Could not seal the project key; nothing was saved.</source>
        <translation>Não foi possível selar a chave do projeto; nada foi salvo.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>Não é possível gravar %1 (%2).</translation>
    </message>
    <message>
        <source>This workspace does not hold the project key, so it cannot issue invitations or manifests. Only the coordinator who created the project can.</source>
        <translation>Este espaço de trabalho não guarda a chave do projeto, portanto não pode emitir convites nem manifestos. Somente a pessoa que coordena e criou o projeto pode fazê-lo.</translation>
    </message>
    <message>
        <source>The project key file %1 is damaged. Restore it from a backup.</source>
        <translation>O arquivo da chave do projeto %1 está danificado. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>The project key file %1 belongs to another device and cannot be opened here.</source>
        <translation>O arquivo da chave do projeto %1 pertence a outro dispositivo e não pode ser aberto aqui.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectManifest</name>
    <message>
        <source>The project manifest is damaged or malformed. Ask the coordinator for a new copy.</source>
        <translation>O manifesto do projeto está danificado ou malformado. Peça uma nova cópia à coordenação.</translation>
    </message>
    <message>
        <source>Only the holder of the project key can issue a manifest, and this workspace does not hold the key of this project.</source>
        <translation>Somente quem guarda a chave do projeto pode emitir um manifesto, e este espaço de trabalho não guarda a chave deste projeto.</translation>
    </message>
    <message>
        <source>This manifest is not signed by the key of your project (fingerprint %1); it was ignored. Ask your coordinator for the project&apos;s manifest.</source>
        <translation>Este manifesto não está assinado pela chave do seu projeto (impressão digital %1); ele foi ignorado. Peça à pessoa que coordena o manifesto do projeto.</translation>
    </message>
    <message>
        <source>The manifest names a project key other than the one that signed it. Do not use it.</source>
        <translation>O manifesto indica uma chave de projeto diferente da que o assinou. Não o use.</translation>
    </message>
    <message>
        <source>This manifest belongs to another project; it was ignored.</source>
        <translation>Este manifesto pertence a outro projeto; ele foi ignorado.</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectPasses</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectProgress</name>
    <message>
        <source>remembering which project files were saved</source>
        <translation>registrar quais arquivos do projeto foram salvos</translation>
    </message>
    <message>
        <source>reading which project files were saved</source>
        <translation>ler quais arquivos do projeto foram salvos</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectSetupDialog</name>
    <message>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <source>Optional, e.g. https://hub.example.org</source>
        <translation>Opcional, por exemplo, https://hub.example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Endereço do &amp;hub:</translation>
    </message>
    <message>
        <source>This computer will hold the project key. Keep the workspace and its passphrase safe: without the key nobody can approve new members.</source>
        <translation>Este computador guardará a chave do projeto. Mantenha o espaço de trabalho e a frase secreta dele em segurança: sem a chave, ninguém pode aprovar o ingresso de novas pessoas.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation>Criar o projeto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStore</name>
    <message>
        <source>reading the project</source>
        <translation>ler o projeto</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation>Este espaço de trabalho ainda não faz parte de um projeto. Ingresse em um com &apos;vigiactl project join INVITATION&apos; ou crie um com &apos;vigiactl project create&apos;.</translation>
    </message>
    <message>
        <source>This device has no project manifest yet. Send your join request to the coordinator and import the manifest they send back (&apos;vigiactl project manifest import FILE&apos;).</source>
        <translation>Este dispositivo ainda não tem manifesto de projeto. Envie sua solicitação de ingresso à coordenação e importe o manifesto que ela enviar de volta (&apos;vigiactl project manifest import FILE&apos;).</translation>
    </message>
    <message>
        <source>This workspace already belongs to another project; nothing was changed. Use a separate workspace for each project.</source>
        <translation>Este espaço de trabalho já pertence a outro projeto; nada foi alterado. Use um espaço de trabalho separado para cada projeto.</translation>
    </message>
    <message>
        <source>saving the project</source>
        <translation>salvar o projeto</translation>
    </message>
    <message>
        <source>This manifest is version %1, but version %2 is already in force; nothing was changed. Ask the coordinator for the newest manifest.</source>
        <translation>Este manifesto é da versão %1, mas a versão %2 já está em vigor; nada foi alterado. Peça à coordenação o manifesto mais recente.</translation>
    </message>
    <message>
        <source>saving the manifest</source>
        <translation>salvar o manifesto</translation>
    </message>
</context>
<context>
    <name>vigia::ProjectStores</name>
    <message>
        <source>reading the project</source>
        <translation>ao ler o projeto</translation>
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
    <name>vigia::QdaCorpusReader</name>
    <message>
        <source>counting the records to export</source>
        <translation>contar os registros a exportar</translation>
    </message>
    <message>
        <source>reading the codings to export</source>
        <translation>ler as codificações a exportar</translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation>ler os registros a exportar</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>vigia::QuarantineCap</name>
    <message>
        <source>This bundle (%1) comes from a device that is not approved in this project, and it is larger than the quarantine may hold (%2); nothing was kept. Import it again after the manifest approving its device.</source>
        <translation>Este pacote (%1) vem de um dispositivo que não está aprovado neste projeto e é maior do que a quarentena pode guardar (%2); nada foi guardado. Importe-o novamente depois do manifesto que aprovar o dispositivo.</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>ler a quarentena</translation>
    </message>
    <message>
        <source>making room in the quarantine</source>
        <translation>liberar espaço na quarentena</translation>
    </message>
</context>
<context>
    <name>vigia::QuarantinePanel</name>
    <message>
        <source>No bundles are waiting in quarantine.</source>
        <translation>Nenhum pacote aguarda em quarentena.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Bundles waiting for their sender&apos;s approval</source>
        <translation>Pacotes aguardando a aprovação do remetente</translation>
    </message>
    <message>
        <source>These bundles come from devices the project has not approved yet. They are imported by themselves once a manifest approves the sender.</source>
        <translation>Estes pacotes vêm de dispositivos que o projeto ainda não aprovou. Eles são importados automaticamente assim que um manifesto aprovar o remetente.</translation>
    </message>
</context>
<context>
    <name>vigia::Receipt</name>
    <message>
        <source>The receipt is damaged or malformed. Ask the coordinator for a new one.</source>
        <translation>O recibo está danificado ou malformado. Peça um novo à coordenação.</translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptBook</name>
    <message>
        <source>reading the imported bundles</source>
        <translation>ler os pacotes importados</translation>
    </message>
    <message>
        <source>This receipt belongs to another project; nothing was changed.</source>
        <translation>Este recibo pertence a outro projeto; nada foi alterado.</translation>
    </message>
    <message>
        <source>This receipt is not signed by a coordinator device of the project; nothing was changed.</source>
        <translation>Este recibo não está assinado por um dispositivo de coordenação do projeto; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the drive is plugged in and writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se a unidade está conectada e se há permissão de gravação.</translation>
    </message>
</context>
<context>
    <name>vigia::ReceiptCommands</name>
    <message>
        <source>&apos;receipt export&apos; needs --out FILE.</source>
        <translation>&apos;receipt export&apos; precisa de --out FILE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation>&apos;%1&apos; não é um ID de dispositivo.</translation>
    </message>
    <message>
        <source>Wrote the receipt to %1.</source>
        <translation>Recibo gravado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) acknowledged; %1 still waiting for a receipt.</source>
        <translation>
            <numerusform>%n alteração confirmada; %1 ainda aguardando um recibo.</numerusform>
            <numerusform>%n alterações confirmadas; %1 ainda aguardando um recibo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordCheck</name>
    <message>
        <source>Form %1 version %2 has no such field; &apos;vigiactl forms show %1 --form-version %2&apos; lists its fields.</source>
        <translation>O formulário %1, versão %2, não tem esse campo; &apos;vigiactl forms show %1 --form-version %2&apos; lista os campos dele.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordCommands</name>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE; write for example country=BR.</source>
        <translation>&apos;%1&apos; não está na forma FIELD=VALUE; escreva, por exemplo, country=BR.</translation>
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
    <message>
        <source>%1 version %2</source>
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <source>Form %1 is not in this workspace, so its records cannot be checked. Import it with &apos;vigiactl forms import FILE&apos;; &apos;vigiactl forms list&apos; shows the forms there are.</source>
        <translation>O formulário %1 não está neste espaço de trabalho, então os registros dele não podem ser verificados. Importe-o com &apos;vigiactl forms import FILE&apos;; &apos;vigiactl forms list&apos; mostra os formulários existentes.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of record %2 is removed from this device; the next bundle or sync removes it everywhere.</source>
        <translation>A resposta &quot;%1&quot; do registro %2 foi removida deste dispositivo; o próximo pacote ou sincronização a remove em todos os lugares.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordDraft</name>
    <message>
        <source>Form %1 version %2 has no such field.</source>
        <translation>O formulário %1, versão %2, não tem esse campo.</translation>
    </message>
    <message>
        <source>This %1 row holds no answer; only questions can be set.</source>
        <translation>Esta linha %1 não guarda respostas; só é possível atribuir valores às perguntas.</translation>
    </message>
    <message>
        <source>Vigia fills in this %1 field itself; it cannot be set.</source>
        <translation>O próprio Vigia preenche este campo %1; ele não pode ser atribuído.</translation>
    </message>
    <message>
        <source>The form calculates this field; it cannot be set.</source>
        <translation>O formulário calcula este campo; ele não pode ser atribuído.</translation>
    </message>
    <message>
        <source>This field is read-only.</source>
        <translation>Este campo é somente leitura.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
</context>
<context>
    <name>vigia::RecordEditor</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before finalizing</source>
        <translation>
            <numerusform>%n problema a corrigir antes de finalizar</numerusform>
            <numerusform>%n problemas a corrigir antes de finalizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finalized: %1</source>
        <translation>Não finalizado: %1</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Reopened as a draft</source>
        <translation>Reaberto como rascunho</translation>
    </message>
    <message>
        <source>Form &amp;language:</source>
        <translation>&amp;Idioma do formulário:</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Idioma do formulário</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Desfazer a última alteração (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Refazer a alteração desfeita (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts are also saved as you type</source>
        <translation>Salvar o rascunho agora (Ctrl+S); os rascunhos também são salvos enquanto você digita</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Check every answer and finalize the record (Ctrl+Return)</source>
        <translation>Verificar todas as respostas e finalizar o registro (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Make the finalized record a draft again to change it</source>
        <translation>Transformar o registro finalizado novamente em rascunho para alterá-lo</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Voltar à lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remover %1?</translation>
    </message>
    <message>
        <source>%1 holds answers. Remove the card with its answers? Undo (Ctrl+Z) brings them back.</source>
        <translation>%1 tem respostas. Remover o cartão com suas respostas? Desfazer (Ctrl+Z) as traz de volta.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Next problem (%n)</source>
        <translation>
            <numerusform>Próximo problema (%n)</numerusform>
            <numerusform>Próximo problema (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the next field to correct (%1)</source>
        <translation>Ir para o próximo campo a corrigir (%1)</translation>
    </message>
    <message>
        <source>Fields to correct before finalizing</source>
        <translation>Campos a corrigir antes de finalizar</translation>
    </message>
    <message>
        <source>C&amp;odings (%1)</source>
        <translation>C&amp;odificações (%1)</translation>
    </message>
    <message>
        <source>C&amp;odings</source>
        <translation>C&amp;odificações</translation>
    </message>
    <message>
        <source>Show or hide the codings and memos of this record</source>
        <translation>Mostrar ou ocultar as codificações e os memorandos deste registro</translation>
    </message>
    <message>
        <source>Remove an answer everywhere</source>
        <translation>Remover uma resposta em todos os lugares</translation>
    </message>
    <message>
        <source>This record has no written answer to remove.</source>
        <translation>Este registro não tem nenhuma resposta escrita para remover.</translation>
    </message>
    <message>
        <source>The answer was removed from every earlier version.</source>
        <translation>A resposta foi removida de todas as versões anteriores.</translation>
    </message>
    <message>
        <source>Remove an answer…</source>
        <translation>Remover uma resposta…</translation>
    </message>
    <message>
        <source>Remove an answer from every earlier version of it, here and on every device: for a name typed by mistake</source>
        <translation>Remover uma resposta de todas as suas versões anteriores, aqui e em cada dispositivo: para um nome digitado por engano</translation>
    </message>
    <message>
        <source>Commen&amp;ts (%1)</source>
        <translation>Comen&amp;tários (%1)</translation>
    </message>
    <message>
        <source>Commen&amp;ts</source>
        <translation>Comen&amp;tários</translation>
    </message>
    <message>
        <source>Show or hide the comments on this record</source>
        <translation>Mostrar ou ocultar os comentários deste registro</translation>
    </message>
    <message>
        <source>History of this answer…</source>
        <translation>Histórico desta resposta…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Show or hide every change of this record: who, when and through which bundle (%1 for the answer with the focus)</source>
        <translation>Mostra ou oculta cada alteração deste registro: quem, quando e por qual pacote chegou (%1 para a resposta com o foco)</translation>
    </message>
</context>
<context>
    <name>vigia::RecordField</name>
    <message>
        <source>%1 *</source>
        <comment>required field marker</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label (repeat instance)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigia::RecordFinalizer</name>
    <message>
        <source>Form %1 version %2 is not in this workspace, so record %3 cannot be checked or finalized. Import that form version first.</source>
        <translation>O formulário %1 versão %2 não está neste espaço de trabalho, então o registro %3 não pode ser verificado nem finalizado. Importe antes essa versão do formulário.</translation>
    </message>
    <message numerus="yes">
        <source>Record %1 cannot be finalized: %n answer(s) need attention. The first: %2</source>
        <translation>
            <numerusform>O registro %1 não pode ser finalizado: %n resposta precisa de atenção. A primeira: %2</numerusform>
            <numerusform>O registro %1 não pode ser finalizado: %n respostas precisam de atenção. A primeira: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Versão do formulário</translation>
    </message>
    <message>
        <source>Answer removed</source>
        <translation>Resposta removida</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Gravado aqui</translation>
    </message>
    <message>
        <source>Bundle unknown</source>
        <translation>Pacote desconhecido</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Pacote %1</translation>
    </message>
    <message>
        <source>Draft, never sent</source>
        <translation>Rascunho, nunca enviado</translation>
    </message>
    <message>
        <source>Resolved a conflict</source>
        <translation>Resolveu um conflito</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Arrived through</source>
        <translation>Chegou por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>vigia::RecordHistoryPanel</name>
    <message>
        <source>Every answer</source>
        <translation>Todas as respostas</translation>
    </message>
    <message>
        <source>%1: chain of changes intact</source>
        <translation>%1: cadeia de alterações intacta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its clock was ahead of this device&apos;s by more than ten minutes; its times may be too late.</source>
        <translation>%1: o relógio dele estava mais de dez minutos adiantado em relação ao deste dispositivo; os horários dele podem estar tarde demais.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Answer whose changes are shown</source>
        <translation>Resposta cujas alterações são mostradas</translation>
    </message>
    <message>
        <source>Changes of this record, oldest first</source>
        <translation>Alterações deste registro, da mais antiga à mais recente</translation>
    </message>
    <message>
        <source>Devices that wrote these changes</source>
        <translation>Dispositivos que gravaram estas alterações</translation>
    </message>
    <message>
        <source>Sho&amp;w changes of:</source>
        <translation>Alterações &amp;de:</translation>
    </message>
</context>
<context>
    <name>vigia::RecordListModel</name>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ainda sem texto)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
</context>
<context>
    <name>vigia::RecordPages</name>
    <message>
        <source>counting the records to export</source>
        <translation>ao contar os registros a exportar</translation>
    </message>
    <message>
        <source>reading the records to export</source>
        <translation>ao ler os registros a exportar</translation>
    </message>
</context>
<context>
    <name>vigia::RecordPreview</name>
    <message>
        <source>Record preview</source>
        <translation>Pré-visualização do registro</translation>
    </message>
    <message>
        <source>Select a record to see it here. Press Enter to open it.</source>
        <translation>Selecione um registro para vê-lo aqui. Pressione Enter para abri-lo.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Sensitive: open the record to read it.</source>
        <translation>Sensível: abra o registro para lê-lo.</translation>
    </message>
</context>
<context>
    <name>vigia::RecordRedaction</name>
    <message>
        <source>checking who may remove a value</source>
        <translation>verificando quem pode remover um valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of a record; name a field of its form.</source>
        <translation>&quot;%1&quot; não é uma resposta de um registro; indique um campo do seu formulário.</translation>
    </message>
    <message>
        <source>Only the researcher who created record %1, or a coordinator, may remove its answers. Ask your coordinator to do it.</source>
        <translation>Somente a pessoa pesquisadora que criou o registro %1, ou uma pessoa que coordena, pode remover suas respostas. Peça à coordenação que o faça.</translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation>removendo um valor</translation>
    </message>
</context>
<context>
    <name>vigia::RecordStore</name>
    <message>
        <source>&apos;%1&apos; is not a record id. A record id looks like 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</source>
        <translation>&apos;%1&apos; não é um ID de registro. Um ID de registro tem esta forma: 3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b.</translation>
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
    <message>
        <source>&apos;%1&apos; is not a valid field name. Use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter; a field in a repeat is written like members[2]/age.</source>
        <translation>&apos;%1&apos; não é um nome de campo válido. Use letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;, começando com uma letra; um campo dentro de uma repetição se escreve como members[2]/age.</translation>
    </message>
    <message>
        <source>reading the codings of the record</source>
        <translation>lendo as codificações do registro</translation>
    </message>
</context>
<context>
    <name>vigia::RecordTally</name>
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
        <translation>Autoria:</translation>
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
    <name>vigia::RecordWriteCheck</name>
    <message>
        <source>This bundle changes record %1, which device %2 did not create; only the record&apos;s author and the coordinators write it, and only a coordinator settles a conflict on another member&apos;s record. Nothing was imported. Tell the coordinator who sent it.</source>
        <translation>Este pacote altera o registro %1, que o dispositivo %2 não criou; só a pessoa autora do registro e as pessoas coordenadoras o escrevem, e só uma pessoa coordenadora resolve um conflito no registro de outra pessoa do projeto. Nada foi importado. Avise a pessoa coordenadora que o enviou.</translation>
    </message>
    <message>
        <source>checking who may change a record</source>
        <translation>ao verificar quem pode alterar um registro</translation>
    </message>
</context>
<context>
    <name>vigia::RecordsPage</name>
    <message>
        <source>All forms</source>
        <translation>Todos os formulários</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Search the records&apos; text (Ctrl+F)</source>
        <translation>Pesquisar no texto dos registros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Pesquisar registros</translation>
    </message>
    <message>
        <source>Filter by form</source>
        <translation>Filtrar por formulário</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Records dated from</source>
        <translation>Registros com data a partir de</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Records dated until</source>
        <translation>Registros com data até</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novo registro</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Iniciar um novo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Abrir o registro selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); it can be restored</source>
        <translation>Excluir o registro selecionado (Delete); ele pode ser restaurado</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Desfa&amp;zer exclusão</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>O registro foi excluído.</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Novo registro</translation>
    </message>
    <message>
        <source>There is no form in this workspace yet. Import a form first, then start a record.</source>
        <translation>Ainda não há formulários neste espaço de trabalho. Importe um formulário primeiro e depois inicie um registro.</translation>
    </message>
    <message>
        <source>Which form is the record for?</source>
        <translation>Para qual formulário é o registro?</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Excluir registro</translation>
    </message>
    <message>
        <source>Delete the selected record? You can restore it right after with Undo delete.</source>
        <translation>Excluir o registro selecionado? Você pode restaurá-lo logo em seguida com Desfazer exclusão.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>More than %L1 records</source>
        <translation>Mais de %L1 registros</translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>Não foi possível contar os registros: %1</translation>
    </message>
    <message>
        <source>Close record</source>
        <translation>Fechar registro</translation>
    </message>
    <message>
        <source>%1

The record stays open so that nothing you typed is lost. Free some disk space, or close other programs that use the workspace, then close it again.</source>
        <translation>%1

O registro continua aberto para que nada do que você digitou se perca. Libere espaço no disco ou feche outros programas que usam o espaço de trabalho e feche-o de novo.</translation>
    </message>
    <message>
        <source>For&amp;m:</source>
        <translation>F&amp;ormulário:</translation>
    </message>
    <message>
        <source>No records match</source>
        <translation>Nenhum registro corresponde</translation>
    </message>
    <message>
        <source>No records match the search and the filters. Press Esc in the search box to clear it, or choose other filters.</source>
        <translation>Nenhum registro corresponde à pesquisa e aos filtros. Pressione Esc na caixa de pesquisa para limpá-la ou escolha outros filtros.</translation>
    </message>
    <message>
        <source>No records yet. Start one with New record (Ctrl+N).</source>
        <translation>Ainda não há registros. Comece um com Novo registro (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RedactAnswerDialog</name>
    <message>
        <source>Remove an answer everywhere</source>
        <translation>Remover uma resposta em todos os lugares</translation>
    </message>
    <message>
        <source>Use this when an answer holds what it must not, such as a child&apos;s name typed by mistake. Edit the answer into what it should say: every earlier version of it is removed from this device now, and from every other device when the removal reaches it with the next bundle or sync.</source>
        <translation>Use isto quando uma resposta contém o que não deve, como o nome de uma criança digitado por engano. Corrija a resposta para o que ela deve dizer: todas as suas versões anteriores são removidas deste dispositivo agora, e de cada um dos outros quando a remoção chegar a ele com o próximo pacote ou sincronização.</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>&amp;New text:</source>
        <translation>&amp;Novo texto:</translation>
    </message>
    <message>
        <source>This cannot be undone. Only the researcher who created the record, or a coordinator, may do it.</source>
        <translation>Não pode ser desfeito. Somente a pessoa pesquisadora que criou o registro, ou uma pessoa que coordena, pode fazê-lo.</translation>
    </message>
    <message>
        <source>&amp;Remove everywhere</source>
        <translation>R&amp;emover em todos os lugares</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::Redactions</name>
    <message>
        <source>A removal of a value in this data is malformed. Nothing was applied; ask the sender to export it again.</source>
        <translation>Uma remoção de um valor nestes dados está malformada. Nada foi aplicado; peça a quem os enviou que os exporte novamente.</translation>
    </message>
    <message>
        <source>removing a value</source>
        <translation>removendo um valor</translation>
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
        <translation>Não foi possível ler o arquivo de dados de referência %1 (%2). Verifique se a sua conta neste computador pode ler o arquivo.</translation>
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
    <name>vigia::RefiQdaExport</name>
    <message>
        <source>The codebook has no code, so there is nothing to export for qualitative analysis. Add codes on the Codebook page first.</source>
        <translation>O livro de códigos não tem nenhum código, então não há nada a exportar para a análise qualitativa. Adicione códigos primeiro na página Livro de códigos.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation>Não foi possível gravar %1: %2. Verifique se a pasta permite gravação e se o disco tem espaço, e exporte de novo.</translation>
    </message>
    <message>
        <source>Vigia coded narratives</source>
        <translation>Narrativas codificadas do Vigia</translation>
    </message>
</context>
<context>
    <name>vigia::RefiQdaProjectWriter</name>
    <message>
        <source>Could not write the REFI-QDA project %1: %2. Check that the folder is writable and the disk has room, then export again.</source>
        <translation>Não foi possível gravar o projeto REFI-QDA %1: %2. Verifique se a pasta permite gravação e se o disco tem espaço, e exporte de novo.</translation>
    </message>
    <message>
        <source>the zip file could not be created</source>
        <translation>não foi possível criar o arquivo zip</translation>
    </message>
    <message>
        <source>the zip file could not be completed</source>
        <translation>não foi possível concluir o arquivo zip</translation>
    </message>
    <message>
        <source>the entry %1 could not be added</source>
        <translation>não foi possível adicionar a entrada %1</translation>
    </message>
    <message>
        <source>the entry %1 could not be written</source>
        <translation>não foi possível gravar a entrada %1</translation>
    </message>
</context>
<context>
    <name>vigia::RegionChart</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 (%2) by country, %3</source>
        <translation>%1 (%2) por país, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s) reported in another unit than %1 and are not compared.</source>
        <translation>
            <numerusform>%n país informou em outra unidade que não %1 e não é comparado.</numerusform>
            <numerusform>%n países informaram em outra unidade que não %1 e não são comparados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::RekeyStoreDialog</name>
    <message>
        <source>That is not the passphrase of this workspace, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>Essa não é a frase secreta deste espaço de trabalho, então nada foi alterado. Verifique o Caps Lock e tente novamente.</translation>
    </message>
    <message>
        <source>Change the store key</source>
        <translation>Alterar a chave do banco de dados</translation>
    </message>
    <message>
        <source>Vigia will copy every record into a new store locked with a new random key, check the copy, and put it in the store&apos;s place. The old key will not open the store any more; copies of the workspace made before keep their old key.

It takes a moment for a large store. Meanwhile the records are closed and the sync stops; Vigia opens them again when it is done. Close any other Vigia window and any vigiactl using this workspace first.

Your passphrase stays the same. Type it to continue.</source>
        <translation>O Vigia vai copiar todos os registros para um novo banco de dados protegido por uma nova chave aleatória, verificar a cópia e colocá-la no lugar do banco de dados. A chave antiga não abrirá mais o banco de dados; as cópias do espaço de trabalho feitas antes mantêm a chave antiga.

Com um banco de dados grande, isso leva algum tempo. Enquanto isso, os registros ficam fechados e a sincronização para; o Vigia volta a abri-los quando terminar. Antes, feche qualquer outra janela do Vigia e qualquer vigiactl que esteja usando este espaço de trabalho.

Sua frase secreta continua a mesma. Digite-a para continuar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Change the store key</source>
        <translation>&amp;Alterar a chave do banco de dados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>vigia::RepeatInstanceCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>vigia::RepeatSection</name>
    <message>
        <source>%1 %2</source>
        <comment>repeat card title: the repeat&apos;s label, the instance number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>button below the cards of a repeat</comment>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button on a repeat card</comment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>accessible name: the card&apos;s title</comment>
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>vigia::ReportCommands</name>
    <message>
        <source>&apos;%1&apos; is not a country code: give two letters such as GT.</source>
        <translation>&apos;%1&apos; não é um código de país: informe duas letras, como GT.</translation>
    </message>
    <message>
        <source>Give the year of the report with --period YEAR, e.g. --period 2026.</source>
        <translation>Informe o ano do relatório com --period YEAR, p. ex. --period 2026.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out FILE.pdf.</source>
        <translation>Informe o arquivo PDF a gravar com --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Country report of %1 for %2 written to %3.</source>
        <translation>Relatório do país %1 de %2 gravado em %3.</translation>
    </message>
</context>
<context>
    <name>vigia::RestoreMark</name>
    <message>
        <source>reading whether this workspace was restored</source>
        <translation>ler se este espaço de trabalho foi restaurado</translation>
    </message>
    <message>
        <source>The note that this workspace was restored from a backup is damaged. Ask your coordinator whether this device sent changes after the backup, then confirm the restore to send again.</source>
        <translation>A anotação de que este espaço de trabalho foi restaurado a partir de uma cópia de segurança está danificada. Pergunte à pessoa que coordena se este dispositivo enviou alterações depois da cópia de segurança e, então, confirme a restauração para voltar a enviar.</translation>
    </message>
    <message>
        <source>noting that this workspace was restored</source>
        <translation>registrar que este espaço de trabalho foi restaurado</translation>
    </message>
    <message>
        <source>confirming the restore</source>
        <translation>confirmar a restauração</translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, so it sends nothing for now: the lost copy of this device may have sent changes after that backup, and sending new ones under the same numbers would give the coordinator two versions of this device&apos;s history. A sync with the hub checks this by itself. Without a hub, ask your coordinator whether they received changes from this device made after that date, then confirm the restore in Settings &gt; Backups. On the command line: vigiactl confirm-restore. Records stay editable meanwhile.</source>
        <translation>Este espaço de trabalho foi restaurado a partir de uma cópia de segurança feita em %1, por isso não envia nada por enquanto: a cópia perdida deste dispositivo pode ter enviado alterações depois dessa cópia de segurança, e enviar novas alterações com os mesmos números daria à coordenação duas versões do histórico deste dispositivo. Uma sincronização com o hub verifica isso automaticamente. Sem hub, pergunte à pessoa que coordena se ela recebeu alterações deste dispositivo feitas depois dessa data e, então, confirme a restauração em Configurações &gt; Cópias de segurança. Na linha de comando: vigiactl confirm-restore. Enquanto isso, os registros continuam editáveis.</translation>
    </message>
    <message numerus="yes">
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent %n change(s) after that backup. So it sends nothing: new changes under the same numbers would give the others two versions of this device&apos;s history. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation>
            <numerusform>Este espaço de trabalho foi restaurado de um backup de %1, e um recibo mostra que a cópia perdida deste dispositivo enviou %n alteração depois desse backup. Por isso ele não envia nada: alterações novas com os mesmos números dariam aos outros duas versões do histórico deste dispositivo. Pergunte à sua pessoa coordenadora o que fazer antes de confirmar a restauração em Configurações &gt; Backups (vigiactl confirm-restore). Enquanto isso, os registros continuam editáveis.</numerusform>
            <numerusform>Este espaço de trabalho foi restaurado de um backup de %1, e um recibo mostra que a cópia perdida deste dispositivo enviou %n alterações depois desse backup. Por isso ele não envia nada: alterações novas com os mesmos números dariam aos outros duas versões do histórico deste dispositivo. Pergunte à sua pessoa coordenadora o que fazer antes de confirmar a restauração em Configurações &gt; Backups (vigiactl confirm-restore). Enquanto isso, os registros continuam editáveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace was restored from a backup taken on %1, and a receipt shows that the lost copy of this device sent changes after that backup under the same numbers as changes written here since the restore: there are now two versions of this device&apos;s history. So it sends nothing. Ask your coordinator what to do before confirming the restore in Settings &gt; Backups (vigiactl confirm-restore). Records stay editable meanwhile.</source>
        <translation>Este espaço de trabalho foi restaurado de um backup de %1, e um recibo mostra que a cópia perdida deste dispositivo enviou alterações depois desse backup com os mesmos números de alterações escritas aqui desde a restauração: agora há duas versões do histórico deste dispositivo. Por isso ele não envia nada. Pergunte à sua pessoa coordenadora o que fazer antes de confirmar a restauração em Configurações &gt; Backups (vigiactl confirm-restore). Enquanto isso, os registros continuam editáveis.</translation>
    </message>
</context>
<context>
    <name>vigia::RestoredFile</name>
    <message>
        <source>Could not write the restored workspace beside %1 (%2). Free some space and try again; nothing was restored.</source>
        <translation>Não foi possível gravar o espaço de trabalho restaurado ao lado de %1 (%2). Libere espaço e tente novamente; nada foi restaurado.</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewBar</name>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Precisa de alterações</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Review not changed</source>
        <translation>Revisão não alterada</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;visão:</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>Filtrar por estado de revisão</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Qualquer estado de revisão</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Ap&amp;rovar</translation>
    </message>
    <message>
        <source>Approve the selected finalized records</source>
        <translation>Aprovar os registros finalizados selecionados</translation>
    </message>
    <message>
        <source>Set stat&amp;e</source>
        <translation>&amp;Mudar estado</translation>
    </message>
    <message>
        <source>Set the review state of the selected finalized records</source>
        <translation>Definir o estado de revisão dos registros finalizados selecionados</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewCommands</name>
    <message>
        <source>&apos;%1&apos; is not a review state: use received, approved, needs-changes or rejected.</source>
        <translation>&apos;%1&apos; não é um estado de revisão: use received, approved, needs-changes ou rejected.</translation>
    </message>
    <message>
        <source>&apos;review set&apos; needs --state: received, approved, needs-changes or rejected.</source>
        <translation>&apos;review set&apos; precisa de --state: received, approved, needs-changes ou rejected.</translation>
    </message>
    <message>
        <source>--comment needs some text.</source>
        <translation>--comment precisa de algum texto.</translation>
    </message>
    <message>
        <source>Record %1 is now %2.</source>
        <translation>O registro %1 está agora em %2.</translation>
    </message>
    <message>
        <source>No finalized records in this state.</source>
        <translation>Não há registros finalizados neste estado.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>COMMENTS</source>
        <translation>COMMENTS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
</context>
<context>
    <name>vigia::ReviewStore</name>
    <message>
        <source>reading the record&apos;s review</source>
        <translation>ao ler a revisão do registro</translation>
    </message>
    <message>
        <source>No record %1 exists. List the records to see their ids.</source>
        <translation>O registro %1 não existe. Liste os registros para ver os seus ids.</translation>
    </message>
    <message>
        <source>Record %1 is not finalized: only finalized records are reviewed.</source>
        <translation>O registro %1 não está finalizado: só os registros finalizados são revisados.</translation>
    </message>
    <message>
        <source>Only a coordinator approves, rejects or asks for changes to a record. Edit and finalize record %1 again to send it back for review.</source>
        <translation>Só uma pessoa coordenadora aprova, rejeita ou pede alterações num registro. Edite e finalize de novo o registro %1 para enviá-lo outra vez para revisão.</translation>
    </message>
    <message>
        <source>Record %1 was created by another researcher: only a coordinator reviews it.</source>
        <translation>O registro %1 foi criado por outra pessoa pesquisadora: só uma pessoa coordenadora o revisa.</translation>
    </message>
    <message>
        <source>reading the review states</source>
        <translation>ao ler os estados de revisão</translation>
    </message>
    <message>
        <source>reading the reviewed records</source>
        <translation>ao ler os registros revisados</translation>
    </message>
</context>
<context>
    <name>vigia::RoutedImporter</name>
    <message>
        <source>This bundle belongs to the project %1, which this workspace has not joined; nothing was imported. Check that you took the bundles of your own projects.</source>
        <translation>Este pacote pertence ao projeto %1, do qual este espaço de trabalho não participa; nada foi importado. Verifique se você pegou os pacotes dos seus próprios projetos.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) applied</source>
        <translation>
            <numerusform>%n pacote aplicado</numerusform>
            <numerusform>%n pacotes aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n já importado</numerusform>
            <numerusform>%n já importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their sender&apos;s approval</source>
        <translation>
            <numerusform>%n aguardando a aprovação do remetente</numerusform>
            <numerusform>%n aguardando a aprovação do remetente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n recusado</numerusform>
            <numerusform>%n recusados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) accepted</source>
        <translation>
            <numerusform>%n recibo aceito</numerusform>
            <numerusform>%n recibos aceitos</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada de novo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotSamples</name>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se é possível gravar nela.</translation>
    </message>
</context>
<context>
    <name>vigia::ScreenshotWriter</name>
    <message>
        <source>Cannot write the screenshot %1. Check that the folder is writable.</source>
        <translation>Não é possível gravar a captura de tela %1. Verifique se há permissão de gravação na pasta.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the screenshots.</source>
        <translation>Não é possível criar uma pasta temporária para as capturas de tela.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that it is writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se há permissão de gravação.</translation>
    </message>
    <message>
        <source>The dialog for the screenshot %1 did not open.</source>
        <translation>O diálogo da captura %1 não abriu.</translation>
    </message>
    <message>
        <source>The unlock dialog did not answer in time.</source>
        <translation>O diálogo de desbloqueio não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The Records view is missing.</source>
        <translation>Falta a tela Registros.</translation>
    </message>
    <message>
        <source>The Codebook view is missing.</source>
        <translation>Falta a tela Livro de códigos.</translation>
    </message>
    <message>
        <source>The lock screen is missing.</source>
        <translation>Falta a tela de bloqueio.</translation>
    </message>
    <message>
        <source>The lock screen did not answer in time.</source>
        <translation>A tela de bloqueio não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The sample data has no finding of %1.</source>
        <translation>Os dados de exemplo não têm nenhum achado de %1.</translation>
    </message>
    <message>
        <source>The devices list is missing.</source>
        <translation>A lista de dispositivos está faltando.</translation>
    </message>
    <message>
        <source>The record for the screenshot did not open.</source>
        <translation>O registro para a captura de tela não abriu.</translation>
    </message>
    <message>
        <source>A broken form was imported.</source>
        <translation>Um formulário com defeito foi importado.</translation>
    </message>
    <message>
        <source>The project chooser is not shown for a workspace in two projects.</source>
        <translation>O seletor de projetos não aparece para um espaço de trabalho em dois projetos.</translation>
    </message>
</context>
<context>
    <name>vigia::SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>atualizar o índice de busca</translation>
    </message>
</context>
<context>
    <name>vigia::SensitiveFieldStore</name>
    <message>
        <source>updating the sensitive fields</source>
        <translation>atualizar os campos sensíveis</translation>
    </message>
</context>
<context>
    <name>vigia::SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Minutes without activity before Vigia locks</source>
        <translation>Minutos sem atividade antes de o Vigia se bloquear</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Vigia locks itself after this many minutes without use. Ctrl+L locks it at once.</source>
        <translation>Se ficar sem uso pelo número de minutos indicado aqui, o Vigia se bloqueia automaticamente. Para bloquear o Vigia na hora, pressione Ctrl+L.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <source>&amp;Default form language:</source>
        <translation>Idioma &amp;padrão dos formulários:</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>Idioma padrão dos formulários</translation>
    </message>
    <message>
        <source>The language new and opened records show their questions in, independent of the interface language.</source>
        <translation>O idioma em que os registros novos e abertos mostram as perguntas, independentemente do idioma da interface.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Nome do dispositivo:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Pesquisador/a</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Impressão digital do dispositivo</translation>
    </message>
    <message>
        <source>Read it aloud to your coordinator when they approve this device: it must match what they see.</source>
        <translation>Quando a pessoa que coordena aprovar este dispositivo, leia esta impressão digital em voz alta para ela: deve coincidir com a que essa pessoa vê na tela dela.</translation>
    </message>
    <message>
        <source>About Vigia</source>
        <translation>Sobre o Vigia</translation>
    </message>
    <message>
        <source>Vigia %1 — offline-first monitoring of the sexual exploitation of children in Latin America and the Caribbean.
Free software under the GNU General Public License, version 3 (GPL-3.0).</source>
        <translation>Vigia %1 — monitoramento, com prioridade para o uso offline, da exploração sexual de crianças e adolescentes na América Latina e no Caribe.
Software livre sob a Licença Pública Geral GNU, versão 3 (GPL-3.0).</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta alterada</translation>
    </message>
    <message>
        <source>Your passphrase was changed. From now on, unlock Vigia with the new one.</source>
        <translation>Sua frase secreta foi alterada. A partir de agora, desbloqueie o Vigia com a nova.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Alterar a &amp;frase secreta…</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Bloquear após:</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Chave do banco de dados</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted with a key kept in your keystore. If it may have got out, a new key keeps the old one from opening the store from now on.</source>
        <translation>Os registros deste computador são criptografados com uma chave guardada no seu repositório de chaves. Se ela pode ter vazado, uma nova chave impede que a antiga abra o banco de dados daqui em diante.</translation>
    </message>
    <message>
        <source>Change the &amp;store key…</source>
        <translation>Alterar a &amp;chave do banco de dados…</translation>
    </message>
</context>
<context>
    <name>vigia::SetupDevicePage</name>
    <message>
        <source>Creating the workspace and its keys. This takes a few seconds…</source>
        <translation>Criando o espaço de trabalho e as chaves dele. Isso leva alguns segundos…</translation>
    </message>
    <message>
        <source>This computer and you</source>
        <translation>Este computador e você</translation>
    </message>
    <message>
        <source>Your coordinator sees this name next to the records you send.</source>
        <translation>A pessoa que coordena vê este nome ao lado dos registros que você envia.</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nome do dispositivo:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>for example: Ana - laptop</source>
        <translation>por exemplo: Ana - notebook</translation>
    </message>
    <message>
        <source>Your first name and the kind of computer are enough.</source>
        <translation>Seu primeiro nome e o tipo de computador bastam.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>&amp;Researcher: I record findings in the field</source>
        <translation>&amp;Pesquisador/a: registro achados em campo</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Pesquisador/a</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
    <message>
        <source>Most people are researchers.</source>
        <translation>A maioria das pessoas é pesquisadora.</translation>
    </message>
    <message>
        <source>C&amp;oordinator: I review and merge my team&apos;s records</source>
        <translation>C&amp;oordenador/a: reviso e mesclo os registros da minha equipe</translation>
    </message>
</context>
<context>
    <name>vigia::SetupLanguagePage</name>
    <message>
        <source>Welcome to Vigia</source>
        <translation>Boas-vindas ao Vigia</translation>
    </message>
    <message>
        <source>A few questions set up this computer. It takes a minute.</source>
        <translation>Algumas perguntas configuram este computador. Isso leva um minuto.</translation>
    </message>
    <message>
        <source>Vigia keeps your records on this computer, encrypted, and sends them to your coordinator when you choose. First, pick the language of the interface. You can change it later in Settings.</source>
        <translation>O Vigia guarda seus registros neste computador, criptografados, e os envia à pessoa que coordena quando você quiser. Primeiro, escolha o idioma da interface. Você pode alterá-lo depois em Configurações.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Set up this computer as a ne&amp;w device</source>
        <translation>Configurar este computador como um &amp;novo dispositivo</translation>
    </message>
    <message>
        <source>Set up a new device</source>
        <translation>Configurar um novo dispositivo</translation>
    </message>
    <message>
        <source>&amp;Restore a workspace from a backup</source>
        <translation>&amp;Restaurar um espaço de trabalho a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
</context>
<context>
    <name>vigia::SetupPassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase secreta</translation>
    </message>
    <message>
        <source>It encrypts everything Vigia keeps on this computer.</source>
        <translation>Ela criptografa tudo o que o Vigia guarda neste computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not your coordinator and not the Vigia team. If you forget it, the records on this computer that were not sent yet are lost. Write it down and keep it somewhere safe, away from the computer.</source>
        <translation>&lt;b&gt;Ninguém pode recuperar uma frase secreta perdida&lt;/b&gt;, nem a pessoa que coordena nem a equipe do Vigia. Se você esquecê-la, os registros deste computador que ainda não foram enviados serão perdidos. Anote-a e guarde-a em um lugar seguro, longe do computador.</translation>
    </message>
    <message>
        <source>I understand that a lost passphrase cannot be recovered</source>
        <translation>Entendo que uma frase secreta perdida não pode ser recuperada</translation>
    </message>
</context>
<context>
    <name>vigia::SetupRestorePage</name>
    <message>
        <source>Choose the backup</source>
        <translation>Escolher a cópia de segurança</translation>
    </message>
    <message>
        <source>Vigia backups (*.vigiabackup)</source>
        <translation>Cópias de segurança do Vigia (*.vigiabackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup. This takes a while for a large workspace…</source>
        <translation>Verificando e restaurando a cópia de segurança. Com um espaço de trabalho grande, isso leva algum tempo…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>This computer takes the place of the one the backup was made on.</source>
        <translation>Este computador substitui aquele em que a cópia de segurança foi feita.</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase the workspace had when the backup was made. Everything is checked before anything is written; a damaged backup or a wrong passphrase changes nothing.</source>
        <translation>Escolha o arquivo de cópia de segurança e digite a frase secreta que o espaço de trabalho tinha quando a cópia foi feita. Tudo é verificado antes que algo seja gravado; uma cópia de segurança danificada ou uma frase secreta incorreta não altera nada.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Arquivo de cópia de segurança:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de cópia de segurança</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Escolher o arquivo de cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta da cópia de segurança</translation>
    </message>
</context>
<context>
    <name>vigia::SetupWizard</name>
    <message>
        <source>Set up Vigia</source>
        <translation>Configurar o Vigia</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Criar espaço de trabalho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Workspace restored</source>
        <translation>Espaço de trabalho restaurado</translation>
    </message>
    <message>
        <source>The workspace was restored. It sends none of its changes until the restore is confirmed: a sync with the hub confirms it by itself when the hub holds nothing newer from this device. Without a hub, ask your coordinator, then confirm it in Settings &gt; Backups.</source>
        <translation>O espaço de trabalho foi restaurado. Ele não envia nenhuma de suas alterações até que a restauração seja confirmada: uma sincronização com o hub a confirma automaticamente quando o hub não tem nada mais recente deste dispositivo. Sem hub, consulte a pessoa que coordena e depois confirme a restauração em Configurações &gt; Cópias de segurança.</translation>
    </message>
    <message>
        <source>&amp;Restore workspace</source>
        <translation>&amp;Restaurar espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>vigia::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation>Iniciar um novo registro</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Pesquisar nos registros</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Abrir o registro selecionado</translation>
    </message>
    <message>
        <source>Delete the selected record (it can be restored)</source>
        <translation>Excluir o registro selecionado (pode ser restaurado)</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Salvar o rascunho agora</translation>
    </message>
    <message>
        <source>Finalize the record</source>
        <translation>Finalizar o registro</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Refazer a alteração desfeita</translation>
    </message>
    <message>
        <source>Code the selected text</source>
        <translation>Codificar o texto selecionado</translation>
    </message>
    <message>
        <source>Lock Vigia now</source>
        <translation>Bloquear o Vigia agora</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>Ir para Registros</translation>
    </message>
    <message>
        <source>Go to Codebook</source>
        <translation>Ir para Livro de códigos</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>Ir para Sincronização</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Ir para Configurações</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Go to the next field to correct</source>
        <translation>Ir para o próximo campo a corrigir</translation>
    </message>
    <message>
        <source>Go to Targets</source>
        <translation>Ir para Metas</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>Ir para o Painel</translation>
    </message>
    <message>
        <source>Show the history of the answer with the focus</source>
        <translation>Mostrar o histórico da resposta com o foco</translation>
    </message>
</context>
<context>
    <name>vigia::SignedFile</name>
    <message>
        <source>This file is damaged or is not a Vigia %1 file. Ask for a new copy.</source>
        <translation>Este arquivo está danificado ou não é um arquivo de %1 do Vigia. Peça uma nova cópia.</translation>
    </message>
    <message>
        <source>This is a Vigia %1 file, not a %2 file. Check which file you chose.</source>
        <translation>Este é um arquivo de %1 do Vigia, não um arquivo de %2. Verifique qual arquivo você escolheu.</translation>
    </message>
    <message>
        <source>The signature of this %1 file does not match its contents: it was altered or damaged. Do not use it; ask for a new copy.</source>
        <translation>A assinatura deste arquivo de %1 não corresponde ao conteúdo dele: ele foi alterado ou danificado. Não o use; peça uma nova cópia.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Não há arquivo %1. Verifique o nome e a pasta.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is far larger than any project file. Check which file you chose.</source>
        <translation>O arquivo %1 é muito maior do que qualquer arquivo de projeto. Verifique qual arquivo você escolheu.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check that the folder exists and the disk is not full.</source>
        <translation>Não é possível gravar %1 (%2). Verifique se a pasta existe e se o disco não está cheio.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubBackup</name>
    <message>
        <source>%1 exists already; nothing was written. Back up into another name.</source>
        <translation>%1 já existe; nada foi gravado. Faça o backup com outro nome.</translation>
    </message>
    <message>
        <source>copying the hub database to %1</source>
        <translation>copiar o banco de dados do hub para %1</translation>
    </message>
    <message>
        <source>Could not save the backup as %1 (%2). Check the folder&apos;s free space and permissions.</source>
        <translation>Não foi possível salvar o backup como %1 (%2). Verifique o espaço livre e as permissões da pasta.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2) and was removed. Check the disk, then try again.</source>
        <translation>O backup %1 falhou na verificação (%2) e foi removido. Verifique o disco e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubErrors</name>
    <message>
        <source>The hub serves no project with this id; %1 was refused.</source>
        <translation>O hub não atende nenhum projeto com este ID; não foi permitido %1.</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>O hub não atende nenhum projeto com este ID.</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubMessages</name>
    <message>
        <source>storing the receipt</source>
        <translation>armazenar o recibo</translation>
    </message>
    <message>
        <source>The receipt was not stored; try again.</source>
        <translation>O recibo não foi armazenado; tente de novo.</translation>
    </message>
    <message>
        <source>listing the project&apos;s receipts</source>
        <translation>listar os recibos do projeto</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>O hub não atende nenhum projeto com este ID.</translation>
    </message>
    <message>
        <source>reading who sent the bundles</source>
        <translation>ler quais dispositivos enviaram os pacotes</translation>
    </message>
    <message>
        <source>An invitation with this code exists already; nothing was added. Make a new invitation.</source>
        <translation>Já existe um convite com este código; nada foi adicionado. Crie um convite novo.</translation>
    </message>
    <message>
        <source>saving the invitation</source>
        <translation>salvar o convite</translation>
    </message>
    <message>
        <source>redeeming the invitation</source>
        <translation>resgatar o convite</translation>
    </message>
    <message>
        <source>This invitation code is unknown, used already or expired. Ask for a new invitation.</source>
        <translation>Este código de convite é desconhecido, já foi usado ou expirou. Peça um convite novo.</translation>
    </message>
    <message>
        <source>saving the join request</source>
        <translation>salvar a solicitação de ingresso</translation>
    </message>
    <message>
        <source>reading the join requests</source>
        <translation>ler as solicitações de ingresso</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubSchema</name>
    <message>
        <source>reading the hub database&apos;s schema</source>
        <translation>ler o esquema do banco de dados do hub</translation>
    </message>
    <message>
        <source>%1 is not a vigia-hub database; nothing was changed. Give the hub a file of its own.</source>
        <translation>%1 não é um banco de dados do vigia-hub; nada foi alterado. Dê ao hub um arquivo próprio.</translation>
    </message>
    <message>
        <source>The hub database %1 was written by a newer vigia-hub (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>O banco de dados do hub %1 foi gravado por uma versão mais recente do vigia-hub (esquema %2; esta versão suporta até o %3). Instale a versão mais recente para abri-lo.</translation>
    </message>
    <message>
        <source>creating the hub id</source>
        <translation>criar o ID do hub</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubStore</name>
    <message>
        <source>The hub database %1 has no valid hub id. Restore it from a backup.</source>
        <translation>O banco de dados do hub %1 não tem um ID do hub válido. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>reading the hub id</source>
        <translation>ler o ID do hub</translation>
    </message>
    <message>
        <source>A project slot with this token exists already; nothing was added. Create the slot with a new token.</source>
        <translation>Já existe uma vaga de projeto com este token; nada foi adicionado. Crie a vaga com um novo token.</translation>
    </message>
    <message>
        <source>adding a project slot</source>
        <translation>adicionar uma vaga de projeto</translation>
    </message>
    <message>
        <source>registering the project</source>
        <translation>registrar o projeto</translation>
    </message>
    <message>
        <source>No unused project slot has this token; nothing was registered. Each token registers one project: ask the hub&apos;s operator for a new one.</source>
        <translation>Nenhuma vaga de projeto livre tem este token; nada foi registrado. Cada token registra um único projeto: peça um novo a quem opera o hub.</translation>
    </message>
    <message>
        <source>The hub already serves a project with this id; nothing was registered. A project registers once, then sends new manifests.</source>
        <translation>O hub já atende um projeto com este ID; nada foi registrado. Um projeto se registra uma única vez e depois envia novos manifestos.</translation>
    </message>
    <message>
        <source>The hub serves no project with this id.</source>
        <translation>O hub não atende nenhum projeto com este ID.</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>ler o projeto</translation>
    </message>
    <message>
        <source>replacing the project&apos;s manifest</source>
        <translation>substituir o manifesto do projeto</translation>
    </message>
    <message>
        <source>The project&apos;s manifest changed meanwhile (the hub holds version %1, not %2); nothing was replaced. Read the new manifest and try again.</source>
        <translation>O manifesto do projeto mudou nesse meio-tempo (o hub tem a versão %1, não a %2); nada foi substituído. Leia o novo manifesto e tente novamente.</translation>
    </message>
    <message>
        <source>storing the project&apos;s devices</source>
        <translation>armazenar os dispositivos do projeto</translation>
    </message>
    <message>
        <source>This device is not in the project&apos;s manifest on this hub.</source>
        <translation>Este dispositivo não está no manifesto do projeto neste hub.</translation>
    </message>
    <message>
        <source>reading the device</source>
        <translation>ler o dispositivo</translation>
    </message>
    <message>
        <source>The hub database holds a device with an unknown role. Restore it from a backup.</source>
        <translation>O banco de dados do hub contém um dispositivo com um papel desconhecido. Restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>reading the project&apos;s devices</source>
        <translation>ler os dispositivos do projeto</translation>
    </message>
    <message>
        <source>saving a sign-in challenge</source>
        <translation>salvar um desafio de login</translation>
    </message>
    <message>
        <source>checking a sign-in challenge</source>
        <translation>verificar um desafio de login</translation>
    </message>
    <message>
        <source>saving a session</source>
        <translation>salvar uma sessão</translation>
    </message>
    <message>
        <source>This session is unknown or has expired; sign in again.</source>
        <translation>Esta sessão é desconhecida ou expirou; faça login novamente.</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation>ler a sessão</translation>
    </message>
    <message>
        <source>removing expired uploads</source>
        <translation>remover os uploads expirados</translation>
    </message>
    <message>
        <source>reading the bundle</source>
        <translation>ler o pacote</translation>
    </message>
    <message>
        <source>The hub holds no such bundle for this project.</source>
        <translation>O hub não tem esse pacote para este projeto.</translation>
    </message>
    <message>
        <source>The bundle is %1 bytes, not the %2 announced; nothing was stored.</source>
        <translation>O pacote tem %1 bytes, não os %2 anunciados; nada foi armazenado.</translation>
    </message>
    <message>
        <source>storing the bundle</source>
        <translation>armazenar o pacote</translation>
    </message>
    <message>
        <source>listing the project&apos;s bundles</source>
        <translation>listar os pacotes do projeto</translation>
    </message>
    <message>
        <source>A byte range cannot start or run backwards.</source>
        <translation>Um intervalo de bytes não pode começar nem se estender para trás.</translation>
    </message>
    <message>
        <source>reading the bundle&apos;s bytes</source>
        <translation>ler os bytes do pacote</translation>
    </message>
    <message>
        <source>The range starts at byte %1, past the end of the bundle (%2 bytes).</source>
        <translation>O intervalo começa no byte %1, depois do fim do pacote (%2 bytes).</translation>
    </message>
    <message>
        <source>counting what the hub holds</source>
        <translation>contar o que o hub contém</translation>
    </message>
    <message>
        <source>listing the projects</source>
        <translation>listar os projetos</translation>
    </message>
    <message>
        <source>blocking the device</source>
        <translation>bloquear o dispositivo</translation>
    </message>
</context>
<context>
    <name>vigia::SqliteHubUploads</name>
    <message>
        <source>An upload cannot have a negative length.</source>
        <translation>Um upload não pode ter tamanho negativo.</translation>
    </message>
    <message>
        <source>creating the upload</source>
        <translation>criar o upload</translation>
    </message>
    <message>
        <source>The hub has no such upload (it may have expired); start it again.</source>
        <translation>O hub não tem esse upload (ele pode ter expirado); inicie-o novamente.</translation>
    </message>
    <message>
        <source>reading the upload</source>
        <translation>ler o upload</translation>
    </message>
    <message>
        <source>counting the device&apos;s uploads in progress</source>
        <translation>contar os uploads em andamento do dispositivo</translation>
    </message>
    <message>
        <source>saving the uploaded bytes</source>
        <translation>salvar os bytes enviados</translation>
    </message>
    <message>
        <source>The upload stands at byte %1, not %2; nothing was saved. Resume from byte %1.</source>
        <translation>O upload está no byte %1, não no %2; nada foi salvo. Retome a partir do byte %1.</translation>
    </message>
    <message>
        <source>These bytes go past the upload&apos;s length of %1 bytes; nothing was saved.</source>
        <translation>Estes bytes ultrapassam o tamanho do upload, de %1 bytes; nada foi salvo.</translation>
    </message>
    <message>
        <source>The upload&apos;s stored parts do not follow each other; delete the upload and send the bundle again.</source>
        <translation>As partes armazenadas do upload não são consecutivas; exclua o upload e envie o pacote novamente.</translation>
    </message>
    <message>
        <source>reading the uploaded bytes</source>
        <translation>ler os bytes enviados</translation>
    </message>
    <message>
        <source>deleting the upload</source>
        <translation>excluir o upload</translation>
    </message>
    <message>
        <source>The hub has no such upload.</source>
        <translation>O hub não tem esse upload.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreCommands</name>
    <message>
        <source>Give the store a new encryption key; the old one opens nothing afterwards.</source>
        <translation>Dar ao banco de dados uma nova chave de criptografia; depois disso, a antiga não abre mais nada.</translation>
    </message>
    <message>
        <source>Asks for the passphrase (the keystore is rewritten with the new key), copies the store under a new random key, checks the copy and puts it in the store&apos;s place. Every record is kept; the old key no longer opens the store. The workspace must be closed in the Vigia app and in any other vigiactl meanwhile. If the change is interrupted, the next time the workspace is opened finishes it.</source>
        <translation>Pede a frase secreta (o repositório de chaves é regravado com a nova chave), copia o banco de dados com uma nova chave aleatória, verifica a cópia e a coloca no lugar do banco de dados. Todos os registros são mantidos; a chave antiga não abre mais o banco de dados. Enquanto isso, o espaço de trabalho deve estar fechado no aplicativo Vigia e em qualquer outro vigiactl. Se a alteração for interrompida, ela é concluída na próxima vez que o espaço de trabalho for aberto.</translation>
    </message>
    <message>
        <source>Changed the key of the store in %1. Every record is kept; the old key no longer opens the store.</source>
        <translation>A chave do banco de dados em %1 foi alterada. Todos os registros foram mantidos; a chave antiga não abre mais o banco de dados.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreCopy</name>
    <message>
        <source>counting the changes</source>
        <translation>contar as alterações</translation>
    </message>
    <message>
        <source>The store %1 does not have 4096-byte pages, so it cannot be copied under a new key. Nothing was changed; ask for help to convert it.</source>
        <translation>O banco de dados %1 não tem páginas de 4096 bytes, por isso não pode ser copiado com uma nova chave. Nada foi alterado; peça ajuda para convertê-lo.</translation>
    </message>
    <message>
        <source>The copy of the store %1 could not be written to the disk. Nothing was changed; free some disk space and try again.</source>
        <translation>Não foi possível gravar no disco a cópia do banco de dados %1. Nada foi alterado; libere espaço em disco e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::StoreEncryption</name>
    <message>
        <source>The store in %1 could not be encrypted (%2). Nothing was lost: the plain store is still in place. Free some disk space and open the workspace again.</source>
        <translation>Não foi possível criptografar o banco de dados em %1 (%2). Nada foi perdido: o banco de dados sem criptografia continua no lugar. Libere espaço em disco e abra o espaço de trabalho novamente.</translation>
    </message>
    <message>
        <source>no secure memory</source>
        <translation>não há memória segura disponível</translation>
    </message>
    <message>
        <source>the encrypted copy did not check out</source>
        <translation>a cópia criptografada não passou na verificação</translation>
    </message>
    <message>
        <source>the encrypted copy could not take the store&apos;s place</source>
        <translation>a cópia criptografada não pôde ocupar o lugar do banco de dados</translation>
    </message>
</context>
<context>
    <name>vigia::StoreRekey</name>
    <message>
        <source>The copy of the store in %1 under its new key did not check out. Nothing was changed: the store keeps its current key. Free some disk space and try again.</source>
        <translation>A cópia do banco de dados em %1 com a nova chave não passou na verificação. Nada foi alterado: o banco de dados mantém a chave atual. Libere espaço em disco e tente novamente.</translation>
    </message>
    <message>
        <source>The store in %1 could not be replaced by its copy under the new key. Nothing was lost: the keystore holds both keys. Check the disk, then open the workspace again to finish.</source>
        <translation>Não foi possível substituir o banco de dados em %1 pela cópia com a nova chave. Nada foi perdido: o repositório de chaves guarda as duas chaves. Verifique o disco e abra o espaço de trabalho novamente para concluir.</translation>
    </message>
    <message>
        <source>There is no Vigia workspace in %1. Check the folder.</source>
        <translation>Não há um espaço de trabalho do Vigia em %1. Verifique a pasta.</translation>
    </message>
    <message>
        <source>The store in %1 does not open with its key, so its key cannot be changed. Nothing was changed; restore the workspace from a backup or ask your coordinator for help.</source>
        <translation>O banco de dados em %1 não abre com a chave dele, por isso a chave não pode ser alterada. Nada foi alterado; restaure o espaço de trabalho a partir de uma cópia de segurança ou peça ajuda à pessoa que coordena.</translation>
    </message>
    <message>
        <source>Not enough protected memory for the new key. Close other programs and try again.</source>
        <translation>Não há memória protegida suficiente para a nova chave. Feche outros programas e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::StreamCursors</name>
    <message>
        <source>reading what each member already holds</source>
        <translation>ler o que cada membro já tem</translation>
    </message>
    <message>
        <source>recording the exported changes</source>
        <translation>registrar as alterações exportadas</translation>
    </message>
    <message>
        <source>marking changes as received</source>
        <translation>marcar alterações como recebidas</translation>
    </message>
</context>
<context>
    <name>vigia::StreamMigration</name>
    <message>
        <source>moving the project-wide changes to their stream</source>
        <translation>passar as alterações de todo o projeto para o seu fluxo</translation>
    </message>
</context>
<context>
    <name>vigia::SyncCommands</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) (%1 change(s)).</source>
        <translation>
            <numerusform>%n pacote enviado (%1 alteração(ões)).</numerusform>
            <numerusform>%n pacotes enviados (%1 alteração(ões)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n bundle(s).</source>
        <translation>
            <numerusform>%n pacote recebido.</numerusform>
            <numerusform>%n pacotes recebidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A coordinator confirmed %n change(s).</source>
        <translation>
            <numerusform>A coordenação confirmou %n alteração.</numerusform>
            <numerusform>A coordenação confirmou %n alterações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n receipt(s) to the hub.</source>
        <translation>
            <numerusform>%n recibo enviado ao hub.</numerusform>
            <numerusform>%n recibos enviados ao hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait in quarantine for their sender&apos;s approval.</source>
        <translation>
            <numerusform>%n pacote aguarda em quarentena a aprovação do remetente.</numerusform>
            <numerusform>%n pacotes aguardam em quarentena a aprovação do remetente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s manifest was updated.</source>
        <translation>O manifesto do projeto foi atualizado.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the hub&apos;s. Set the right time: records carry this clock&apos;s dates.</source>
        <translation>
            <numerusform>O relógio deste computador está %n minuto diferente do relógio do hub. Acerte a hora: os registros levam as datas deste relógio.</numerusform>
            <numerusform>O relógio deste computador está %n minutos diferente do relógio do hub. Acerte a hora: os registros levam as datas deste relógio.</numerusform>
        </translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub&apos;s address.</source>
        <translation>O endereço do hub.</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the hub and fetch what is addressed to it.</source>
        <translation>Enviar ao hub as alterações deste dispositivo e buscar o que é destinado a ele.</translation>
    </message>
    <message>
        <source>One pass (--once, the default): the project&apos;s manifest both ways, the changes not yet sent as bundles (uploads resume where a cut left them), the bundles and receipts addressed to this device, and on a coordinator the receipts for what it applied. --watch keeps syncing as the app does: on a timer, backing off while the hub cannot be reached. --hub sets the hub&apos;s address for this workspace; --pin trusts a self-hosted hub&apos;s certificate by its SHA-256 (64 hexadecimal digits). Exits with 1 and the reason when the hub cannot be reached or refuses, and with 4 while this device waits for the coordinator&apos;s approval.</source>
        <translation>Uma passada (--once, o padrão): o manifesto do projeto nos dois sentidos, as alterações ainda não enviadas como pacotes (os envios continuam de onde uma queda os deixou), os pacotes e recibos destinados a este dispositivo e, em um dispositivo de coordenação, os recibos do que ele aplicou. --watch continua sincronizando como o aplicativo: com um temporizador, espaçando as tentativas enquanto o hub não puder ser alcançado. --hub define o endereço do hub para este espaço de trabalho; --pin confia no certificado de um hub próprio pelo seu SHA-256 (64 dígitos hexadecimais). Sai com 1 e o motivo quando o hub não pode ser alcançado ou recusa, e com 4 enquanto este dispositivo aguarda a aprovação da coordenação.</translation>
    </message>
    <message>
        <source>One pass, then exit (the default).</source>
        <translation>Uma passada e sair (o padrão).</translation>
    </message>
    <message>
        <source>Keep syncing until interrupted.</source>
        <translation>Continuar sincronizando até ser interrompido.</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256.</source>
        <translation>O SHA-256 do certificado do hub.</translation>
    </message>
    <message>
        <source>--token TOKEN [--hub URL]</source>
        <translation>--token TOKEN [--hub URL]</translation>
    </message>
    <message>
        <source>Register this coordinator&apos;s project on a hub.</source>
        <translation>Registrar em um hub o projeto deste dispositivo de coordenação.</translation>
    </message>
    <message>
        <source>Sends the project&apos;s manifest with the one-time token the hub&apos;s administrator printed (vigia-hub project create). The hub pins the project key: from then on it accepts only manifests signed by it.</source>
        <translation>Envia o manifesto do projeto com o token de uso único que quem administra o hub gerou (vigia-hub project create). O hub fixa a chave do projeto: a partir daí só aceita manifestos assinados por ela.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>The hub&apos;s one-time project token.</source>
        <translation>O token de projeto de uso único do hub.</translation>
    </message>
    <message>
        <source>[--days N]</source>
        <translation>[--days N]</translation>
    </message>
    <message>
        <source>Make an invitation code for a new member, kept on the hub.</source>
        <translation>Criar um código de convite para uma nova pessoa, guardado no hub.</translation>
    </message>
    <message>
        <source>Prints a code of 21 characters to read out to the new member, who joins with project join --hub URL --code CODE. The hub keeps only the code&apos;s hash and the signed invitation; the code works once, for N days (7 by default, at most 30).</source>
        <translation>Mostra um código de 21 caracteres para ditar à nova pessoa, que entra com project join --hub URL --code CODE. O hub guarda só o hash do código e o convite assinado; o código vale uma vez, por N dias (7 por padrão, no máximo 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long the code works.</source>
        <translation>Por quanto tempo o código vale.</translation>
    </message>
    <message>
        <source>List the join requests waiting on the hub.</source>
        <translation>Listar as solicitações de ingresso que aguardam no hub.</translation>
    </message>
    <message>
        <source>Shows each new member&apos;s device id, name, role and fingerprint. Compare the fingerprint with the person before approving.</source>
        <translation>Mostra o ID do dispositivo, o nome, o papel e a impressão digital de cada nova pessoa. Compare a impressão digital com a pessoa antes de aprovar.</translation>
    </message>
    <message>
        <source>DEVICE [--role ROLE]</source>
        <translation>DEVICE [--role ROLE]</translation>
    </message>
    <message>
        <source>Approve a join request waiting on the hub.</source>
        <translation>Aprovar uma solicitação de ingresso que aguarda no hub.</translation>
    </message>
    <message>
        <source>Adds the device to the project&apos;s manifest with the role (researcher by default), signs it and publishes it on the hub; the new member&apos;s next sync fetches it.</source>
        <translation>Adiciona o dispositivo ao manifesto do projeto com o papel (researcher, pessoa pesquisadora, por padrão), assina-o e o publica no hub; a próxima sincronização da nova pessoa o busca.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>researcher or coordinator.</source>
        <translation>researcher (pessoa pesquisadora) ou coordinator (coordenação).</translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation>Escolha --once ou --watch, não ambos.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Recebendo…</translation>
    </message>
    <message>
        <source>Joined the project and sent the join request. Read this device&apos;s fingerprint to your coordinator; once they approve it, vigiactl sync (or the app) starts syncing.</source>
        <translation>Você entrou no projeto e enviou a solicitação de ingresso. Leia a impressão digital deste dispositivo para a pessoa que coordena; quando ela o aprovar, o vigiactl sync (ou o aplicativo) começa a sincronizar.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projeto:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Chave do projeto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>&apos;project register&apos; needs --token TOKEN.</source>
        <translation>&apos;project register&apos; precisa de --token TOKEN.</translation>
    </message>
    <message>
        <source>The project is registered on %1.</source>
        <translation>O projeto está registrado em %1.</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 30.</source>
        <translation>--days recebe um número de 1 a 30.</translation>
    </message>
    <message numerus="yes">
        <source>Invitation code: %1 (works once, for %n day(s)).</source>
        <translation>
            <numerusform>Código de convite: %1 (vale uma vez, por %n dia).</numerusform>
            <numerusform>Código de convite: %1 (vale uma vez, por %n dias).</numerusform>
        </translation>
    </message>
    <message>
        <source>No join request is waiting.</source>
        <translation>Nenhuma solicitação de ingresso está aguardando.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device id.</source>
        <translation>&apos;%1&apos; não é um ID de dispositivo.</translation>
    </message>
    <message>
        <source>Approved; manifest version %1 is on the hub.</source>
        <translation>Aprovado; a versão %1 do manifesto está no hub.</translation>
    </message>
    <message>
        <source>[--once | --watch] [--hub URL] [--pin HASH]</source>
        <translation>[--once | --watch] [--hub URL] [--pin HASH]</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address with --hub URL, such as https://hub.example.org.</source>
        <translation>Informe o endereço do hub com --hub URL, por exemplo https://hub.example.org.</translation>
    </message>
    <message>
        <source>The hub holds nothing from this device newer than the backup it was restored from: it sends its changes again.</source>
        <translation>O hub não tem nada deste dispositivo mais recente do que a cópia de segurança da qual ele foi restaurado: ele volta a enviar suas alterações.</translation>
    </message>
    <message>
        <source>None of this workspace&apos;s projects names a hub. Give one project&apos;s hub with &apos;vigiactl --project PROJECT sync --hub URL&apos;.</source>
        <translation>Nenhum dos projetos deste espaço de trabalho indica um hub. Informe o hub de um projeto com &apos;vigiactl --project PROJECT sync --hub URL&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project %1:</source>
        <translation>Projeto %1:</translation>
    </message>
    <message numerus="yes">
        <source>The sync of %n project(s) failed; see the messages above.</source>
        <translation>
            <numerusform>A sincronização de %n projeto falhou; veja as mensagens acima.</numerusform>
            <numerusform>A sincronização de %n projetos falhou; veja as mensagens acima.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncLogList</name>
    <message>
        <source>Recent syncs</source>
        <translation>Sincronizações recentes</translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation>Nenhuma sincronização ainda.</translation>
    </message>
</context>
<context>
    <name>vigia::SyncPage</name>
    <message>
        <source>Sync status</source>
        <translation>Status da sincronização</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Alterações ainda não confirmadas</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this device not yet acknowledged by a receipt.</source>
        <translation>
            <numerusform>%n alteração deste dispositivo ainda não confirmada por um recibo.</numerusform>
            <numerusform>%n alterações deste dispositivo ainda não confirmadas por um recibo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revogar dispositivo</translation>
    </message>
    <message>
        <source>There are no bundles (*.vigiabundle) there. Choose the folder or the files your colleagues exported.</source>
        <translation>Não há pacotes (*.vigiabundle) aí. Escolha a pasta ou os arquivos que seus colegas exportaram.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bundle(s) were refused; the list says why. Nothing of a refused bundle was imported.</source>
        <translation>
            <numerusform>%1 de %n pacote foi recusado; a lista mostra o motivo. Nada de um pacote recusado foi importado.</numerusform>
            <numerusform>%1 de %n pacotes foram recusados; a lista mostra o motivo. Nada de um pacote recusado foi importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s); the list shows each result.</source>
        <translation>
            <numerusform>%n pacote importado; a lista mostra cada resultado.</numerusform>
            <numerusform>%n pacotes importados; a lista mostra cada resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save invitation</source>
        <translation>Salvar convite</translation>
    </message>
    <message>
        <source>Open join request</source>
        <translation>Abrir solicitação de ingresso</translation>
    </message>
    <message>
        <source>Open invitation</source>
        <translation>Abrir convite</translation>
    </message>
    <message>
        <source>Save join request</source>
        <translation>Salvar solicitação de ingresso</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <source>Vigia bundles (*.vigiabundle);;All files (*)</source>
        <translation>Pacotes do Vigia (*.vigiabundle);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import bundles from folder</source>
        <translation>Importar pacotes de uma pasta</translation>
    </message>
    <message>
        <source>Export receipt</source>
        <translation>Exportar recibo</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importar recibo</translation>
    </message>
    <message>
        <source>Join the project</source>
        <translation>Ingressar no projeto</translation>
    </message>
    <message>
        <source>&amp;Open the invitation…</source>
        <translation>&amp;Abrir o convite…</translation>
    </message>
    <message>
        <source>Open the invitation file from your coordinator</source>
        <translation>Abrir o arquivo de convite da pessoa que coordena</translation>
    </message>
    <message>
        <source>Does this match what your coordinator reads to you? Join only if every group matches: anyone can write an invitation file.</source>
        <translation>Confere com o que a pessoa que coordena lê para você? Ingresse só se todos os grupos conferirem: qualquer pessoa pode gravar um arquivo de convite.</translation>
    </message>
    <message>
        <source>Project fingerprint</source>
        <translation>Impressão digital do projeto</translation>
    </message>
    <message>
        <source>&amp;Yes, it matches: join</source>
        <translation>Si&amp;m, confere: ingressar</translation>
    </message>
    <message>
        <source>The fingerprint matches: join the project</source>
        <translation>A impressão digital confere: ingressar no projeto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>Não ingressar</translation>
    </message>
    <message>
        <source>Send your request to the coordinator</source>
        <translation>Enviar sua solicitação à coordenação</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Impressão digital deste dispositivo</translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation>&amp;Salvar a solicitação…</translation>
    </message>
    <message>
        <source>Save this device&apos;s join request to the USB stick</source>
        <translation>Salvar no pen drive a solicitação de ingresso deste dispositivo</translation>
    </message>
    <message>
        <source>Load the approval</source>
        <translation>Carregar a aprovação</translation>
    </message>
    <message>
        <source>&amp;Load the approval…</source>
        <translation>&amp;Carregar a aprovação…</translation>
    </message>
    <message>
        <source>Load the approval file from your coordinator</source>
        <translation>Carregar o arquivo de aprovação da pessoa que coordena</translation>
    </message>
    <message>
        <source>Send your findings</source>
        <translation>Enviar seus achados</translation>
    </message>
    <message>
        <source>Put your finalized records and codings on the USB stick for your coordinator. Then load the receipt they give back: it tells this device what arrived.</source>
        <translation>Salve seus registros finalizados e suas codificações no pen drive para a pessoa que coordena. Depois carregue o recibo que ela devolver: ele informa a este dispositivo o que chegou.</translation>
    </message>
    <message>
        <source>Send your &amp;findings…</source>
        <translation>Enviar seus ac&amp;hados…</translation>
    </message>
    <message>
        <source>Save your findings to a folder, such as a USB stick, for the coordinator</source>
        <translation>Salvar seus achados em uma pasta, como um pen drive, para a coordenação</translation>
    </message>
    <message>
        <source>Load the &amp;receipt…</source>
        <translation>Carregar o &amp;recibo…</translation>
    </message>
    <message>
        <source>Load a receipt from the coordinator</source>
        <translation>Carregar um recibo da coordenação</translation>
    </message>
    <message>
        <source>Load &amp;bundles…</source>
        <translation>Carregar &amp;pacotes…</translation>
    </message>
    <message>
        <source>Load bundles from the coordinator</source>
        <translation>Carregar pacotes da coordenação</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar os detalhes técnicos</translation>
    </message>
    <message>
        <source>Bring researchers into the project and collect their findings on a USB stick, one step at a time.</source>
        <translation>Traga a equipe de pesquisa para o projeto e reúna os achados dela em um pen drive, passo a passo.</translation>
    </message>
    <message>
        <source>Send your findings to your coordinator on a USB stick, one step at a time.</source>
        <translation>Envie seus achados à pessoa que coordena em um pen drive, passo a passo.</translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation>Você ingressou em %1.</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator gave you. Before anything changes, Vigia shows the project&apos;s fingerprint and asks whether it matches what your coordinator reads to you.</source>
        <translation>Abra o arquivo de convite que a pessoa que coordena lhe deu. Antes de alterar qualquer coisa, o Vigia mostra a impressão digital do projeto e pergunta se ela confere com a que a pessoa que coordena lê para você.</translation>
    </message>
    <message>
        <source>Your coordinator approved your request.</source>
        <translation>A pessoa que coordena aprovou sua solicitação.</translation>
    </message>
    <message>
        <source>Save your request to the USB stick and give it to your coordinator. When they call, read them this device&apos;s fingerprint:</source>
        <translation>Salve sua solicitação no pen drive e entregue-a à pessoa que coordena. Quando essa pessoa ligar para você, leia para ela a impressão digital deste dispositivo:</translation>
    </message>
    <message>
        <source>This device is approved. Load each new approval your coordinator gives you.</source>
        <translation>Este dispositivo está aprovado. Carregue cada nova aprovação que a pessoa que coordena lhe entregar.</translation>
    </message>
    <message>
        <source>Load the approval file your coordinator gives back after accepting your request.</source>
        <translation>Carregue o arquivo de aprovação que a pessoa que coordena devolve depois de aceitar sua solicitação.</translation>
    </message>
    <message>
        <source>Create the project first (step 1).</source>
        <translation>Primeiro crie o projeto (passo 1).</translation>
    </message>
    <message>
        <source>Join the project first (step 1): open the invitation file from your coordinator.</source>
        <translation>Primeiro ingresse no projeto (passo 1): abra o arquivo de convite que a pessoa que coordena lhe deu.</translation>
    </message>
    <message>
        <source>Load the approval from your coordinator first (step 3): until then, nobody would accept what this device sends.</source>
        <translation>Primeiro carregue a aprovação da pessoa que coordena (passo 3): até lá, ninguém aceitaria o que este dispositivo enviar.</translation>
    </message>
    <message>
        <source>Only the coordinator who created the project can do this.</source>
        <translation>Só a pessoa que coordena e criou o projeto pode fazer isso.</translation>
    </message>
    <message>
        <source>Created the project %1. Keep this workspace and its passphrase safe: it holds the project key. Next, save an invitation (step 2).</source>
        <translation>Projeto %1 criado. Mantenha este espaço de trabalho e a frase secreta dele em segurança: ele guarda a chave do projeto. Em seguida, salve um convite (passo 2).</translation>
    </message>
    <message>
        <source>Saved the invitation to %1. Give it to the researcher and read them the project&apos;s fingerprint by phone: %2</source>
        <translation>Convite salvo em %1. Entregue-o à pessoa pesquisadora e leia para ela, por telefone, a impressão digital do projeto: %2</translation>
    </message>
    <message>
        <source>Approved %1. Now save the approval and give it to every member of the project.</source>
        <translation>%1 aprovado. Agora salve a aprovação e entregue-a a cada integrante do projeto.</translation>
    </message>
    <message>
        <source>Remove %1 from the project? Only the changes this computer has already received from it stay valid; anything else it sends, whatever its date, will be refused. Save the approval again afterwards and give it to every member.</source>
        <translation>Remover %1 do projeto? Só continuam válidas as alterações que este computador já recebeu desse dispositivo; tudo o mais que ele enviar, seja qual for a data, será recusado. Depois salve a aprovação de novo e entregue-a a cada integrante.</translation>
    </message>
    <message>
        <source>Removed %1. Save the approval again and give it to every member.</source>
        <translation>%1 removido. Salve a aprovação de novo e entregue-a a cada integrante.</translation>
    </message>
    <message>
        <source>Saved the approval to %1. Give it to every member of the project: it tells their devices who belongs to it.</source>
        <translation>Aprovação salva em %1. Entregue-a a cada integrante do projeto: ela informa aos dispositivos quem faz parte dele.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projeto: %1</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Primeiro abra o arquivo de convite.</translation>
    </message>
    <message>
        <source>Joined %1. Next, save your request to the USB stick (step 2).</source>
        <translation>Você ingressou em %1. Em seguida, salve sua solicitação no pen drive (passo 2).</translation>
    </message>
    <message>
        <source>Nothing was changed. Join once the fingerprint matches what your coordinator reads to you.</source>
        <translation>Nada foi alterado. Ingresse quando a impressão digital conferir com a que a pessoa que coordena lê para você.</translation>
    </message>
    <message>
        <source>Saved your request to %1. Give it to your coordinator and read them this device&apos;s fingerprint by phone: %2</source>
        <translation>Solicitação salva em %1. Entregue-a à pessoa que coordena e leia para ela, por telefone, a impressão digital deste dispositivo: %2</translation>
    </message>
    <message>
        <source>This approval is not newer than the one already loaded; nothing was changed. Ask your coordinator for their newest approval file.</source>
        <translation>Esta aprovação não é mais recente que a já carregada; nada foi alterado. Peça à pessoa que coordena o arquivo de aprovação mais recente.</translation>
    </message>
    <message>
        <source>(waiting bundle)</source>
        <translation>(pacote em espera)</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s file, but it does not approve this device yet. Ask your coordinator to approve your request, then load the new file.</source>
        <translation>O arquivo da coordenação foi carregado, mas ainda não aprova este dispositivo. Peça à pessoa que coordena que aprove sua solicitação e depois carregue o novo arquivo.</translation>
    </message>
    <message>
        <source>Your coordinator approved this device. You can now send your findings (step 4).</source>
        <translation>A pessoa que coordena aprovou este dispositivo. Agora você pode enviar seus achados (passo 4).</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s newer approval.</source>
        <translation>A aprovação mais recente da coordenação foi carregada.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for their sender&apos;s approval were imported.</source>
        <translation>
            <numerusform>%n pacote que aguardava a aprovação de quem o enviou foi importado.</numerusform>
            <numerusform>%n pacotes que aguardavam a aprovação de quem os enviou foram importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send. Drafts stay on this computer until you finalize them.</source>
        <translation>Não há nada novo para enviar. Os rascunhos ficam neste computador até que você os finalize.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s starting data to %1; it holds no records yet.</source>
        <translation>Os dados iniciais deste dispositivo foram salvos em %1; ainda não contêm registros.</translation>
    </message>
    <message>
        <source>Put %1 on the USB stick: %2. They show as waiting for the coordinator&apos;s receipt until it comes back.</source>
        <translation>%1 salvo no pen drive: %2. Constam como aguardando o recibo da coordenação até ele chegar.</translation>
    </message>
    <message numerus="yes">
        <source>Put %1 on the USB stick in %n files in %2; give all of them to your coordinator.</source>
        <translation>
            <numerusform>%1 salvo no pen drive em %n arquivo em %2; entregue-o à pessoa que coordena.</numerusform>
            <numerusform>%1 salvo no pen drive em %n arquivos em %2; entregue todos à pessoa que coordena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the receipt to %1. Give it to the researchers: it tells their devices which records arrived.</source>
        <translation>Recibo salvo em %1. Entregue-o à equipe de pesquisa: ele informa aos dispositivos quais registros chegaram.</translation>
    </message>
    <message>
        <source>Loaded the coordinator&apos;s receipt. Received by the coordinator: %1.</source>
        <translation>O recibo da coordenação foi carregado. Já com a coordenação: %1.</translation>
    </message>
    <message>
        <source>Not received yet: %1.</source>
        <translation>Ainda não recebido: %1.</translation>
    </message>
    <message>
        <source>Save the approval</source>
        <translation>Salvar a aprovação</translation>
    </message>
    <message>
        <source>Choose the USB stick or a folder on it</source>
        <translation>Escolha o pen drive ou uma pasta nele</translation>
    </message>
    <message>
        <source>Jo&amp;in with a code…</source>
        <translation>Entrar com um códi&amp;go…</translation>
    </message>
    <message>
        <source>Join through the hub with the code your coordinator reads to you</source>
        <translation>Entrar pelo hub com o código que a coordenação lê para você</translation>
    </message>
    <message>
        <source>Joined %1. The approval arrives by itself with the next sync.</source>
        <translation>Entrou em %1. A aprovação chegará sozinha com a próxima sincronização.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <source>Nothing to send yet: this computer is the only device in the project. Its changes stay here and go to each device you approve, in its first bundle.</source>
        <translation>Ainda não há nada a enviar: este computador é o único dispositivo do projeto. As alterações dele ficam aqui e chegam a cada dispositivo que você aprovar, no primeiro pacote dele.</translation>
    </message>
    <message>
        <source>Join a further project through its hub, beside the one this workspace is in</source>
        <translation>Ingressar em mais um projeto pelo hub dele, além do projeto em que este espaço de trabalho já está</translation>
    </message>
    <message>
        <source>This workspace already belongs to a project; nothing was changed. To join another project as well, use &quot;Join another project with a code&quot; on this page.</source>
        <translation>Este espaço de trabalho já pertence a um projeto; nada foi alterado. Para ingressar também em outro projeto, use “Ingressar em outro projeto com um código” nesta página.</translation>
    </message>
    <message>
        <source>Joined %1 beside this workspace&apos;s other projects. Next, save your request to the USB stick (step 2).</source>
        <translation>Você ingressou em %1, além dos outros projetos deste espaço de trabalho. Em seguida, salve sua solicitação no pen drive (passo 2).</translation>
    </message>
    <message>
        <source>Join another pro&amp;ject with a code…</source>
        <translation>Ingressar em o&amp;utro projeto com um código…</translation>
    </message>
</context>
<context>
    <name>vigia::SyncPass</name>
    <message>
        <source>The project names no hub. Set one with &apos;vigiactl sync --hub URL&apos; or in the Sync view.</source>
        <translation>O projeto não indica nenhum hub. Defina um com &apos;vigiactl sync --hub URL&apos; ou na tela Sincronização.</translation>
    </message>
    <message>
        <source>The hub refuses this device (%1). It may have been revoked or blocked; ask your coordinator. Automatic sync stops until then.</source>
        <translation>O hub recusa este dispositivo (%1). Ele pode ter sido revogado ou bloqueado; consulte a coordenação. A sincronização automática fica parada até lá.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator to approve this device. Tell them this device&apos;s fingerprint; syncing starts by itself once they approve it.</source>
        <translation>Aguardando a coordenação aprovar este dispositivo. Informe a impressão digital deste dispositivo; a sincronização começa sozinha quando ele for aprovado.</translation>
    </message>
    <message>
        <source>The hub refuses this device: %1 It may not be approved yet, or it was revoked or blocked; ask your coordinator.</source>
        <translation>O hub recusa este dispositivo: %1 Ele pode ainda não ter sido aprovado, ou ter sido revogado ou bloqueado; consulte a coordenação.</translation>
    </message>
    <message>
        <source>The hub could not be reached</source>
        <translation>Não foi possível alcançar o hub</translation>
    </message>
    <message>
        <source>The hub did not hand over the project&apos;s manifest</source>
        <translation>O hub não entregou o manifesto do projeto</translation>
    </message>
    <message>
        <source>The hub&apos;s manifest of this project is not signed by the project&apos;s key (%1). Nothing was changed; tell your coordinator.</source>
        <translation>O manifesto deste projeto no hub não está assinado pela chave do projeto (%1). Nada foi alterado; avise a coordenação.</translation>
    </message>
    <message>
        <source>The hub did not take the project&apos;s new manifest</source>
        <translation>O hub não aceitou o novo manifesto do projeto</translation>
    </message>
    <message>
        <source>The hub did not list the bundles for this device</source>
        <translation>O hub não listou os pacotes para este dispositivo</translation>
    </message>
    <message>
        <source>The hub did not list the receipts for this device</source>
        <translation>O hub não listou os recibos para este dispositivo</translation>
    </message>
    <message>
        <source>The hub did not take this device&apos;s receipts</source>
        <translation>O hub não aceitou os recibos deste dispositivo</translation>
    </message>
    <message>
        <source>The hub did not list this device&apos;s bundles</source>
        <translation>O hub não listou os pacotes deste dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>This backup is older than what this device already sent: the hub holds %n bundle(s) from this device that this restored workspace never made, so nothing was sent. Ask your coordinator what to do before confirming the restore; changes made here since the restore would clash with those. Records stay editable meanwhile.</source>
        <translation>
            <numerusform>Esta cópia de segurança é mais antiga do que o que este dispositivo já enviou: o hub tem %n pacote deste dispositivo que este espaço de trabalho restaurado nunca criou, por isso nada foi enviado. Pergunte à pessoa que coordena o que fazer antes de confirmar a restauração; as alterações feitas aqui desde a restauração entrariam em conflito com as que ele contém. Enquanto isso, os registros continuam editáveis.</numerusform>
            <numerusform>Esta cópia de segurança é mais antiga do que o que este dispositivo já enviou: o hub tem %n pacotes deste dispositivo que este espaço de trabalho restaurado nunca criou, por isso nada foi enviado. Pergunte à pessoa que coordena o que fazer antes de confirmar a restauração; as alterações feitas aqui desde a restauração entrariam em conflito com as que eles contêm. Enquanto isso, os registros continuam editáveis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusIndicator</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronização com o hub</translation>
    </message>
</context>
<context>
    <name>vigia::SyncStatusText</name>
    <message>
        <source>Sync off</source>
        <translation>Sincronização desligada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>percent of the upload done</comment>
        <translation>Sincronizando %1%</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Sincronizando %1 de %2</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Aguardando aprovação</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Todas as alterações enviadas</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erro de sincronização</translation>
    </message>
    <message>
        <source>Your coordinator has not approved this device yet. Syncing starts by itself once they do.</source>
        <translation>A coordenação ainda não aprovou este dispositivo. A sincronização começa sozinha quando isso acontecer.</translation>
    </message>
    <message>
        <source>Automatic sync is off. Turn it on, or use Sync now, on the Sync page.</source>
        <translation>A sincronização automática está desligada. Ligue-a, ou use Sincronizar agora, na página Sincronização.</translation>
    </message>
    <message>
        <source>No connection to the hub. Vigia tries again by itself.</source>
        <translation>Sem conexão com o hub. O Vigia tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>%1
Vigia tries again by itself.</source>
        <translation>%1
O Vigia tenta de novo sozinho.</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronização com o hub</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a state, then a detail</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronização %1</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <comment>e.g. 12 records to send</comment>
        <translation>%1 a enviar</translation>
    </message>
    <message>
        <source>changes waiting to be sent</source>
        <translation>alterações aguardando envio</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Conectando ao hub…</translation>
    </message>
    <message>
        <source>Sending your changes to the hub…</source>
        <translation>Enviando suas alterações ao hub…</translation>
    </message>
    <message>
        <source>Receiving changes from the hub…</source>
        <translation>Recebendo alterações do hub…</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>Aguardando a aprovação da coordenação</translation>
    </message>
    <message>
        <source>Automatic sync is off</source>
        <translation>A sincronização automática está desligada</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Aguardando uma conexão</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>Conectado ao hub</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>A sincronização falhou.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronização parada: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on a date</comment>
        <translation>em %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>O relógio deste computador está %n minuto adiantado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
            <numerusform>O relógio deste computador está %n minutos adiantado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>O relógio deste computador está %n minuto atrasado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
            <numerusform>O relógio deste computador está %n minutos atrasado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) fast. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>O relógio deste computador está %n hora adiantado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
            <numerusform>O relógio deste computador está %n horas adiantado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) slow. Set the right time in the system settings: Vigia dates your records with it.</source>
        <translation>
            <numerusform>O relógio deste computador está %n hora atrasado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
            <numerusform>O relógio deste computador está %n horas atrasado. Acerte a hora nas configurações do sistema: o Vigia data seus registros com ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · failed: %2</source>
        <comment>when, then why</comment>
        <translation>%1 · falhou: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent</source>
        <translation>
            <numerusform>%n pacote enviado</numerusform>
            <numerusform>%n pacotes enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n pacote recebido</numerusform>
            <numerusform>%n pacotes recebidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n recibo</numerusform>
            <numerusform>%n recibos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>when, then what a sync did</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada novo</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>vigia::SyncStep</name>
    <message>
        <source>✓</source>
        <comment>the mark of a finished step</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>the number of a step</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>passo atual</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Passo %1 de %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Bundle &amp;files…</source>
        <translation>&amp;Arquivos de pacote…</translation>
    </message>
    <message>
        <source>Every bundle in a f&amp;older…</source>
        <translation>Todos os pacotes de uma &amp;pasta…</translation>
    </message>
</context>
<context>
    <name>vigia::SyncStore</name>
    <message>
        <source>reading the sync settings</source>
        <translation>ler as configurações de sincronização</translation>
    </message>
    <message>
        <source>saving the sync settings</source>
        <translation>salvar as configurações de sincronização</translation>
    </message>
    <message>
        <source>reading the changes already on their way</source>
        <translation>ler as alterações que já estão a caminho</translation>
    </message>
    <message>
        <source>keeping a bundle for the hub</source>
        <translation>guardar um pacote para o hub</translation>
    </message>
    <message>
        <source>reading the bundles waiting for the hub</source>
        <translation>ler os pacotes que aguardam o hub</translation>
    </message>
    <message>
        <source>saving the state of an upload</source>
        <translation>salvar o estado de um envio</translation>
    </message>
    <message>
        <source>recording a bundle the hub holds</source>
        <translation>registrar um pacote que o hub já tem</translation>
    </message>
    <message>
        <source>counting the changes sent</source>
        <translation>contar as alterações enviadas</translation>
    </message>
    <message>
        <source>counting the bundles sent</source>
        <translation>contar os pacotes enviados</translation>
    </message>
    <message>
        <source>reading the bundles to acknowledge</source>
        <translation>ler os pacotes a confirmar</translation>
    </message>
    <message>
        <source>recording the receipts sent</source>
        <translation>registrar os recibos enviados</translation>
    </message>
    <message>
        <source>writing the sync log</source>
        <translation>gravar o registro de sincronização</translation>
    </message>
    <message>
        <source>reading the sync log</source>
        <translation>ler o registro de sincronização</translation>
    </message>
    <message>
        <source>reading which bundles this device made</source>
        <translation>ler quais pacotes este dispositivo criou</translation>
    </message>
</context>
<context>
    <name>vigia::TargetCommands</name>
    <message>
        <source>No targets yet. A coordinator sets them with &apos;vigiactl targets set&apos; or &apos;vigiactl targets import FILE.csv&apos;.</source>
        <translation>Ainda não há metas. Uma pessoa coordenadora as define com &apos;vigiactl targets set&apos; ou &apos;vigiactl targets import FILE.csv&apos;.</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDICADOR</translation>
    </message>
    <message>
        <source>BREAKDOWN</source>
        <translation>DESAGREGAÇÃO</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>META</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>ÚLTIMO</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ESPERADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>&apos;targets set&apos; needs %1.</source>
        <translation>&apos;targets set&apos; precisa de %1.</translation>
    </message>
    <message>
        <source>--baseline, --baseline-year and --target take numbers written with a dot, such as 12.5.</source>
        <translation>--baseline, --baseline-year e --target recebem números escritos com ponto, como 12.5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target id. &apos;vigiactl targets list&apos; shows them.</source>
        <translation>&apos;%1&apos; não é um id de meta. &apos;vigiactl targets list&apos; os mostra.</translation>
    </message>
    <message>
        <source>Target %1 deleted.</source>
        <translation>Meta %1 excluída.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n target(s).</source>
        <translation>
            <numerusform>%n meta importada.</numerusform>
            <numerusform>%n metas importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigia::TargetCsv</name>
    <message>
        <source>&apos;%1&apos; is not a milestone: write DATE=VALUE, such as 2025-12-31=150.</source>
        <translation>&apos;%1&apos; não é um marco: escreva DATE=VALUE, como 2025-12-31=150.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is needed.</source>
        <translation>O arquivo está vazio: é preciso uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1.</source>
        <translation>Falta(m) na linha de cabeçalho a(s) coluna(s) %1.</translation>
    </message>
    <message>
        <source>baseline, baseline_year and target must be numbers.</source>
        <translation>baseline, baseline_year e target devem ser números.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
</context>
<context>
    <name>vigia::TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Adicionar &amp;marco</translation>
    </message>
    <message>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Remover marco</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Desagregação:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidade:</translation>
    </message>
    <message>
        <source>Baseline &amp;value:</source>
        <translation>&amp;Valor de base:</translation>
    </message>
    <message>
        <source>Baseline &amp;year:</source>
        <translation>A&amp;no de base:</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>Valor da me&amp;ta:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Data da m&amp;eta:</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Marcos:</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>currency (ISO 4217 code):</source>
        <translation>moeda (código ISO 4217):</translation>
    </message>
    <message>
        <source>Every milestone needs a date written YYYY-MM-DD and a number.</source>
        <translation>Cada marco precisa de uma data escrita AAAA-MM-DD e de um número.</translation>
    </message>
</context>
<context>
    <name>vigia::TargetStore</name>
    <message>
        <source>The country must be a two-letter code such as GT, not &quot;%1&quot;.</source>
        <translation>O país deve ser um código de duas letras como GT, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the indicator report. Use one of: %2.</source>
        <translation>&quot;%1&quot; não é um indicador do relatório de indicador. Use um destes: %2.</translation>
    </message>
    <message>
        <source>Indicator %1 is a budget: its unit is the ISO 4217 code of its currency, such as USD, not &quot;%2&quot;.</source>
        <translation>O indicador %1 é um orçamento: sua unidade é o código ISO 4217 da sua moeda, como USD, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Indicator %1 is measured in %2, not &quot;%3&quot;.</source>
        <translation>O indicador %1 é medido em %2, não em &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Indicator %1 has no breakdown &quot;%2&quot;. Leave it empty for the total, or write dimension=category, one of: %3.</source>
        <translation>O indicador %1 não tem a desagregação &quot;%2&quot;. Deixe vazio para o total, ou escreva dimension=category, uma destas: %3.</translation>
    </message>
    <message>
        <source>The baseline and the target need numbers.</source>
        <translation>A linha de base e a meta precisam de números.</translation>
    </message>
    <message>
        <source>The baseline year must be a year such as 2024.</source>
        <translation>O ano da linha de base deve ser um ano como 2024.</translation>
    </message>
    <message>
        <source>The target needs a date (YYYY-MM-DD).</source>
        <translation>A meta precisa de uma data (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The target date must come after the baseline year.</source>
        <translation>A data da meta deve ser posterior ao ano da linha de base.</translation>
    </message>
    <message>
        <source>Every milestone needs a date (YYYY-MM-DD) and a number.</source>
        <translation>Cada marco precisa de uma data (YYYY-MM-DD) e de um número.</translation>
    </message>
    <message>
        <source>Milestones must fall between the baseline year and the target date, each on a later date than the one before.</source>
        <translation>Os marcos devem ficar entre o ano da linha de base e a data da meta, cada um em uma data posterior à do anterior.</translation>
    </message>
    <message>
        <source>Only a coordinator sets targets; on a researcher&apos;s device they are read only. Ask the national coordinator to change them.</source>
        <translation>Só uma pessoa coordenadora define metas; no dispositivo de uma pessoa pesquisadora elas são somente leitura. Peça à coordenação nacional que as altere.</translation>
    </message>
    <message>
        <source>No target %1 exists. List the targets to see their ids.</source>
        <translation>Não existe a meta %1. Liste as metas para ver seus ids.</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>ao ler as metas</translation>
    </message>
</context>
<context>
    <name>vigia::TargetsModel</name>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 até %3</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (até %2)</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>não comparável</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desagregação</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Milestone path</source>
        <translation>Trajetória de marcos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>vigia::TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Targets and their progress</source>
        <translation>Metas e seu progresso</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Excluir meta</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Adicionar meta</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Delete the target for %1 in %2 (%3)? A coordinator can set it again.</source>
        <translation>Excluir a meta de %1 em %2 (%3)? Uma pessoa coordenadora pode defini-la de novo.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Adicionar meta…</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>&amp;Editar meta…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>Exc&amp;luir meta</translation>
    </message>
    <message>
        <source>Only a coordinator can add, edit or delete targets; as a researcher you can read them and their progress.</source>
        <translation>Só uma pessoa coordenadora pode adicionar, editar ou excluir metas; como pessoa pesquisadora, você pode consultá-las com o seu progresso.</translation>
    </message>
    <message>
        <source>No targets yet. A coordinator adds them here, or with vigiactl targets set or vigiactl targets import.</source>
        <translation>Ainda não há metas. Uma pessoa coordenadora as adiciona aqui, ou com vigiactl targets set ou vigiactl targets import.</translation>
    </message>
</context>
<context>
    <name>vigia::TerminalConfirm</name>
    <message>
        <source>yes</source>
        <extracomment>The word a person types to confirm at a terminal prompt.</extracomment>
        <translation>sim</translation>
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
    <name>vigia::TusUpload</name>
    <message>
        <source>The hub did not accept a bundle</source>
        <translation>O hub não aceitou um pacote</translation>
    </message>
    <message>
        <source>The hub started an upload without saying where. Check that the address is a Vigia hub.</source>
        <translation>O hub começou um envio sem dizer onde. Verifique se o endereço é de um hub do Vigia.</translation>
    </message>
    <message>
        <source>The hub did not take part of a bundle</source>
        <translation>O hub não aceitou uma parte de um pacote</translation>
    </message>
    <message>
        <source>The connection to the hub broke</source>
        <translation>A conexão com o hub caiu</translation>
    </message>
    <message>
        <source>The hub did not say how far an upload got</source>
        <translation>O hub não informou até onde um envio chegou</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to an upload had no valid sequence number. Check the hub&apos;s version.</source>
        <translation>A resposta do hub a um envio não tinha um número de sequência válido. Verifique a versão do hub.</translation>
    </message>
    <message>
        <source>The hub keeps losing an upload. Try again later; if it goes on, tell the hub&apos;s administrator.</source>
        <translation>O hub continua perdendo um envio. Tente de novo mais tarde; se continuar, avise quem administra o hub.</translation>
    </message>
</context>
<context>
    <name>vigia::UnlockDialog</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Digite sua frase secreta.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Essa frase secreta não está correta. Verifique o Caps Lock e tente novamente.</translation>
    </message>
    <message>
        <source>Unlock Vigia</source>
        <translation>Desbloquear o Vigia</translation>
    </message>
    <message>
        <source>Type your passphrase to open the workspace in %1.</source>
        <translation>Digite sua frase secreta para abrir o espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>vigia::UnsentWorkLabel</name>
    <message>
        <source>Open the Sync page to send your work</source>
        <translation>Abrir a página Sincronização para enviar seu trabalho</translation>
    </message>
    <message>
        <source>Opens the Sync page</source>
        <translation>Abre a página Sincronização</translation>
    </message>
</context>
<context>
    <name>vigia::WalBatchVfs</name>
    <message>
        <source>The store&apos;s file layer could not start (SQLite refused it). Reinstall Vigia.</source>
        <translation>Não foi possível iniciar a camada de arquivos do banco de dados (o SQLite a recusou). Reinstale o Vigia.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkCountText</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificação</numerusform>
            <numerusform>%n codificações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codebook change(s)</source>
        <translation>
            <numerusform>%n alteração no livro de códigos</numerusform>
            <numerusform>%n alterações no livro de códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts, e.g. 3 records and 5 codings</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three counts</comment>
        <translation>%1, %2 e %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 not yet sent</source>
        <comment>e.g. 3 records and 5 codings not yet sent</comment>
        <translation>%1 aguardando envio</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nada pendente de envio</translation>
    </message>
    <message>
        <source>%1 on their way, waiting for the coordinator&apos;s receipt</source>
        <comment>exported to a stick or bundled for the hub</comment>
        <translation>%1 a caminho, aguardando o recibo da coordenação</translation>
    </message>
</context>
<context>
    <name>vigia::Workspace</name>
    <message>
        <source>The device needs a name, for example &quot;Ana - laptop&quot;.</source>
        <translation>O dispositivo precisa de um nome, por exemplo, &quot;Ana - notebook&quot;.</translation>
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
    <message>
        <source>The keystore in %1 was replaced by another device&apos;s. Close Vigia and restore the workspace folder from a backup.</source>
        <translation>O repositório de chaves em %1 foi substituído pelo de outro dispositivo. Feche o Vigia e restaure a pasta do espaço de trabalho a partir de um backup.</translation>
    </message>
    <message>
        <source>The keystore in %1 names the unknown role &apos;%2&apos;. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>O repositório de chaves em %1 indica o papel desconhecido &apos;%2&apos;. Restaure a pasta do espaço de trabalho a partir de um backup; nada foi alterado.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different passphrase; nothing was changed.</source>
        <translation>A nova frase secreta é igual à atual. Escolha uma frase secreta diferente; nada foi alterado.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it first.</source>
        <translation>O espaço de trabalho está bloqueado. Desbloqueie-o primeiro.</translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation>Este espaço de trabalho não faz parte do projeto %1.</translation>
    </message>
    <message>
        <source>The store in %1 belongs to another device or project. Restore the workspace folder from a backup; nothing was changed.</source>
        <translation>O banco de dados em %1 pertence a outro dispositivo ou projeto. Restaure a pasta do espaço de trabalho a partir de um backup; nada foi alterado.</translation>
    </message>
    <message>
        <source>A project id has 16 bytes.</source>
        <translation>Um id de projeto tem 16 bytes.</translation>
    </message>
    <message>
        <source>This workspace already joined this project; nothing was changed. Choose it with --project or in the navigation instead.</source>
        <translation>Este espaço de trabalho já faz parte deste projeto; nada foi alterado. Escolha-o com --project ou na navegação.</translation>
    </message>
    <message>
        <source>The first project&apos;s store is never removed.</source>
        <translation>O banco de dados do primeiro projeto nunca é removido.</translation>
    </message>
    <message>
        <source>Cannot remove the folder %1. Delete it by hand; it holds nothing of the other projects.</source>
        <translation>Não é possível remover a pasta %1. Apague-a manualmente; ela não contém nada dos outros projetos.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceBackup</name>
    <message>
        <source>The copy of the store did not check out (%1), so no backup was written. The store itself may be damaged: run &apos;vigiactl oplog verify&apos;, or ask your coordinator for help.</source>
        <translation>A cópia do banco de dados não passou na verificação (%1), por isso nenhuma cópia de segurança foi gravada. O próprio banco de dados pode estar danificado: execute &apos;vigiactl oplog verify&apos; ou peça ajuda à pessoa que coordena.</translation>
    </message>
    <message>
        <source>There is no store in %1 to back up. Check the workspace folder.</source>
        <translation>Não há banco de dados em %1 para a cópia de segurança. Verifique a pasta do espaço de trabalho.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed</source>
        <translation>a verificação de integridade do SQLite falhou</translation>
    </message>
    <message>
        <source>it names no device</source>
        <translation>ela não indica nenhum dispositivo</translation>
    </message>
    <message>
        <source>counting the changes</source>
        <translation>contar as alterações</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Check that your user may read the workspace folder.</source>
        <translation>Não foi possível ler %1 (%2), por isso nenhuma cópia de segurança foi gravada. Verifique se a sua conta neste computador tem permissão de leitura na pasta do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Vigia. Update Vigia to restore it; nothing was restored.</source>
        <translation>A cópia de segurança foi feita por uma versão mais recente do Vigia. Atualize o Vigia para restaurá-la; nada foi restaurado.</translation>
    </message>
    <message>
        <source>The store of %1 is not encrypted yet. Open the workspace once with this version of Vigia, then back it up.</source>
        <translation>O banco de dados de %1 ainda não está criptografado. Abra o espaço de trabalho uma vez com esta versão do Vigia e depois faça a cópia de segurança.</translation>
    </message>
    <message>
        <source>Give the backup a file name, such as vigia-backup.vigiabackup.</source>
        <translation>Dê um nome de arquivo à cópia de segurança, como vigia-backup.vigiabackup.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does, such as a USB stick that is plugged in.</source>
        <translation>A pasta %1 não existe. Escolha uma pasta que exista, como um pen drive conectado.</translation>
    </message>
    <message>
        <source>Could not read the keystore of %1 (%2), so no backup was written.</source>
        <translation>Não foi possível ler o repositório de chaves de %1 (%2), por isso nenhuma cópia de segurança foi gravada.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so no backup was written. Try again.</source>
        <translation>Não foi possível ler %1 (%2), por isso nenhuma cópia de segurança foi gravada. Tente novamente.</translation>
    </message>
    <message>
        <source>Could not name the backup %1 (%2). Choose another place; no backup was written.</source>
        <translation>Não foi possível dar o nome %1 à cópia de segurança (%2). Escolha outro lugar; nenhuma cópia de segurança foi gravada.</translation>
    </message>
    <message>
        <source>%1 is a file. Restore into an empty or new folder; nothing was changed.</source>
        <translation>%1 é um arquivo. Restaure em uma pasta vazia ou nova; nada foi alterado.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Restore into an empty or new folder; nothing was changed.</source>
        <translation>A pasta %1 não está vazia. Restaure em uma pasta vazia ou nova; nada foi alterado.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this backup. Type the passphrase the workspace had when the backup was made, and check the keyboard layout and Caps Lock. Nothing was restored.</source>
        <translation>Frase secreta incorreta: ela não abre esta cópia de segurança. Digite a frase secreta que o espaço de trabalho tinha quando a cópia foi feita e verifique o layout do teclado e o Caps Lock. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>it names another device</source>
        <translation>ela indica outro dispositivo</translation>
    </message>
    <message>
        <source>The backup&apos;s key could not be made (no secure memory). Close other programs and try again.</source>
        <translation>Não foi possível gerar a chave da cópia de segurança (não há memória segura disponível). Feche outros programas e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceLock</name>
    <message>
        <source>Could not open the workspace folder %1 (%2). Check that it exists and that your user may read it.</source>
        <translation>Não foi possível abrir a pasta do espaço de trabalho %1 (%2). Verifique se ela existe e se a sua conta neste computador tem permissão de leitura nela.</translation>
    </message>
    <message>
        <source>The file system of %1 cannot lock files, so the store&apos;s key cannot be changed safely there. Nothing was changed; move the workspace to a local disk first.</source>
        <translation>O sistema de arquivos de %1 não consegue bloquear arquivos, por isso a chave do banco de dados não pode ser alterada com segurança ali. Nada foi alterado; antes, mova o espaço de trabalho para um disco local.</translation>
    </message>
    <message>
        <source>The workspace in %1 is open in another program (the Vigia app, or another vigiactl). Close it, then try again; nothing was changed.</source>
        <translation>O espaço de trabalho em %1 está aberto em outro programa (o aplicativo Vigia ou outro vigiactl). Feche-o e tente novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>The store&apos;s key of the workspace in %1 is being changed by another program. Wait until it is done, then try again.</source>
        <translation>A chave do banco de dados do espaço de trabalho em %1 está sendo alterada por outro programa. Aguarde até que termine e tente novamente.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjectCommands</name>
    <message>
        <source>List the projects this workspace joined.</source>
        <translation>Listar os projetos de que este espaço de trabalho faz parte.</translation>
    </message>
    <message>
        <source>Lists each project this workspace created or joined, with its id, name, country and this device&apos;s role in it; &apos;*&apos; marks the current one, which the other commands use unless --project names another. Each project keeps its own data.</source>
        <translation>Lista cada projeto que este espaço de trabalho criou ou em que ingressou, com id, nome, país e o papel deste dispositivo nele; &apos;*&apos; marca o atual, que os demais comandos usam a menos que --project indique outro. Cada projeto guarda seus próprios dados.</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet.</source>
        <translation>Este espaço de trabalho ainda não faz parte de um projeto.</translation>
    </message>
</context>
<context>
    <name>vigia::WorkspaceProjects</name>
    <message>
        <source>&apos;%1&apos; is the start of several projects&apos; ids: %2. Give more of the id.</source>
        <translation>&apos;%1&apos; é o início do id de vários projetos: %2. Informe mais caracteres do id.</translation>
    </message>
    <message>
        <source>Several projects are called &apos;%1&apos;: %2. Give the project&apos;s id instead.</source>
        <translation>Vários projetos se chamam &apos;%1&apos;: %2. Informe o id do projeto.</translation>
    </message>
    <message>
        <source>This workspace is not part of a project yet. Join one with &apos;vigiactl project join INVITATION&apos;, or create one with &apos;vigiactl project create&apos;.</source>
        <translation>Este espaço de trabalho ainda não faz parte de um projeto. Ingresse em um com &apos;vigiactl project join INVITATION&apos; ou crie um com &apos;vigiactl project create&apos;.</translation>
    </message>
    <message>
        <source>This workspace has no project &apos;%1&apos;. Its projects: %2.</source>
        <translation>Este espaço de trabalho não tem o projeto &apos;%1&apos;. Seus projetos: %2.</translation>
    </message>
    <message>
        <source>This workspace has not joined the project %1.</source>
        <translation>Este espaço de trabalho não faz parte do projeto %1.</translation>
    </message>
    <message>
        <source>This workspace already joined the project %1 (%2); nothing was changed. Work in it with --project %2, or choose it in the app&apos;s navigation.</source>
        <translation>Este espaço de trabalho já faz parte do projeto %1 (%2); nada foi alterado. Trabalhe nele com --project %2 ou escolha-o na navegação do aplicativo.</translation>
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
    <name>vigia::XlsFormIgnored</name>
    <message>
        <source>settings, column %1: Vigia does not send submissions to a server, so this setting has no effect; it is kept with the form.</source>
        <translation>settings, coluna %1: o Vigia não envia submissões a um servidor, então esta configuração não tem efeito; ela é mantida com o formulário.</translation>
    </message>
    <message>
        <source>survey row %1, column parameters: Vigia ignores %2; the question works without it.</source>
        <translation>survey, linha %1, coluna parameters: o Vigia ignora %2; a pergunta funciona sem isso.</translation>
    </message>
    <message>
        <source>survey row %1, column trigger: Vigia ignores trigger; a calculation is worked out again whenever a field it reads changes.</source>
        <translation>survey, linha %1, coluna trigger: o Vigia ignora trigger; um cálculo é refeito sempre que muda um campo que ele lê.</translation>
    </message>
    <message>
        <source>survey row %1, column save_to: Vigia has no entities; the answer is kept in the record only.</source>
        <translation>survey, linha %1, coluna save_to: o Vigia não tem entidades; a resposta fica apenas no registro.</translation>
    </message>
    <message>
        <source>survey row %1: the appearance &apos;%2&apos; is ignored; Vigia shows the question its own way.</source>
        <translation>survey, linha %1: a aparência &apos;%2&apos; é ignorada; o Vigia mostra a pergunta do seu próprio jeito.</translation>
    </message>
    <message>
        <source>survey rows %1: the appearance &apos;%2&apos; is ignored; Vigia shows the questions its own way.</source>
        <translation>survey, linhas %1: a aparência &apos;%2&apos; é ignorada; o Vigia mostra as perguntas do seu próprio jeito.</translation>
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
    <message>
        <source>entities sheet: Vigia has no entities, so the sheet is ignored; the form works without it.</source>
        <translation>planilha entities: o Vigia não tem entidades, então a planilha é ignorada; o formulário funciona sem ela.</translation>
    </message>
    <message>
        <source>settings: the form has no version, so Vigia gave it the version %1, taken from its content: importing the same form again changes nothing and a changed form gets a new version. To number versions yourself, add a version column to the settings sheet, with a value such as 1.</source>
        <translation>settings: o formulário não tem versão, então o Vigia deu a ele a versão %1, tirada do seu conteúdo: importar o mesmo formulário de novo não muda nada e um formulário alterado recebe uma nova versão. Para numerar as versões você mesmo, adicione uma coluna version à planilha settings, com um valor como 1.</translation>
    </message>
    <message>
        <source>the sheet needs a list_name and a name column; add them to its first row.</source>
        <translation>a planilha precisa de uma coluna list_name e de uma coluna name; adicione-as à primeira linha dela.</translation>
    </message>
    <message>
        <source>the file %1 is not in %2; put it there, or import without a folder of choice files (without --attach) to keep the row without collecting it.</source>
        <translation>o arquivo %1 não está em %2; coloque-o lá, ou importe sem pasta de arquivos de opções (sem --attach) para manter a linha sem coletá-la.</translation>
    </message>
</context>
<context>
    <name>vigia::XlsxExporter</name>
    <message>
        <source>Could not write the workbook %1: %2</source>
        <translation>Não foi possível gravar a pasta de trabalho %1: %2</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>Não foi possível criar a pasta de trabalho %1.</translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to the workbook.</source>
        <translation>Não foi possível acrescentar a planilha %1 à pasta de trabalho.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows; export this form as CSV instead.</source>
        <translation>Uma planilha comporta no máximo %1 linhas; exporte este formulário como CSV.</translation>
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
    <message>
        <source>%1 cannot be imported: up to cell %4, the sheet &quot;%2&quot; (%3) holds more than %5 cells with values, the limit for one sheet. Delete the rows and columns the form does not need, then import again.</source>
        <translation>Não é possível importar %1: até a célula %4, a planilha &quot;%2&quot; (%3) contém mais de %5 células com valores, o limite para uma planilha. Exclua as linhas e colunas de que o formulário não precisa e importe novamente.</translation>
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
<context>
    <name>vigia::XlsxWriterLibrary</name>
    <message>
        <source>XLSX files cannot be written: the libxlsxwriter library is missing (install libxlsxwriter4). Export as CSV instead.</source>
        <translation>Não é possível gravar arquivos XLSX: falta a biblioteca libxlsxwriter (instale libxlsxwriter4). Exporte como CSV.</translation>
    </message>
</context>
</TS>
