#!/usr/bin/env bash
# Writes a bank statement (CAMT.053, camt.053.001.02 as ABN AMRO and ING export it) to standard output
# that pays this year's open invoices of the running demo portal, for the tour in README.md:
#   bench/camt-demo.sh > camt053-demo.xml     (while ./run.sh runs; then upload the file as staff)
# It reads the invoices from the run command's embedded MariaDB (PORTAL_DATA_DIR, default data/, on
# PORTAL_EMBEDDED_DB_PORT, default 3307) and books on Ingrado's account (PORTAL_INVOICE_IBAN, default the
# demo's NL91ABNA0417164300). Its entries:
#   - a batch of two transfers: the organisation with two open invoices (in the demo Amsterdam: its
#     membership and Lotte's KRSD fee) pays both in full, each with its betalingskenmerk;
#   - the next open invoice paid in full with its betalingskenmerk (structured reference);
#   - the next one paid in part (half), its invoice number only in the free text;
#   - a transfer that names no invoice (it waits for staff to assign or ignore it);
#   - the bank's costs (a debit; ignored).
# The bank references depend on the date and the invoice, so the same file uploaded twice books nothing
# twice. docs/samples/camt053-demo.xml is its output for a fresh demo database of 3 December 2026.
source "$(dirname "$0")/lib.sh"
DATA="${PORTAL_DATA_DIR:-$PWD/data}"
DB_PORT="${PORTAL_EMBEDDED_DB_PORT:-3307}"
IBAN="${PORTAL_INVOICE_IBAN:-NL91ABNA0417164300}"
[ -x "$DATA/mariadb/base/bin/mariadb" ] || { echo "no embedded MariaDB in $DATA: start ./run.sh first" >&2; exit 1; }

today=$(date +%F)
stamp=$(date +%Y%m%d)
year=$(date +%Y)

# number, payment reference, outstanding, buyer, organisation (or person) of every open invoice this year
mapfile -t open < <(sql -N -B -e "SELECT number, payment_reference,
    gross_total - credited_amount - paid_amount, buyer_name, COALESCE(organisation_id, CONCAT('p', person_id))
  FROM invoice WHERE kind = 'INVOICE' AND invoice_year = $year AND status IN ('OPEN', 'PARTLY_PAID')
   AND gross_total - credited_amount - paid_amount > 0 ORDER BY seq")
[ "${#open[@]}" -ge 4 ] || { echo "fewer than four open invoices of $year: is this the demo database?" >&2; exit 1; }

# the payers' accounts (the demo's municipalities bank with BNG Bank), else an ING account
iban_of() {
  case "$1" in
    "Gemeente Amsterdam") echo NL38BNGH0285012345 ;;
    "Gemeente Groningen") echo NL60BNGH0285014471 ;;
    "Gemeente Rotterdam") echo NL09BNGH0285063210 ;;
    "Gemeente Utrecht") echo NL70BNGH0285088302 ;;
    "Gemeente Vlieland") echo NL47BNGH0285170196 ;;
    "Gemeente Zwolle") echo NL23BNGH0285009317 ;;
    "Regio IJssel-Vecht, Doorstroompunt") echo NL30RABO0301234567 ;;
    *) echo NL36INGB0007654321 ;;
  esac
}
xml() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }
field() { cut -f"$2" <<<"$1"; }

# the batch: the first organisation with two open invoices, else the first two
batch=()
declare -A seen
for row in "${open[@]}"; do
  payer=$(field "$row" 5)
  if [ -n "${seen[$payer]:-}" ]; then batch=("${seen[$payer]}" "$row"); break; fi
  seen[$payer]=$row
done
[ "${#batch[@]}" -eq 2 ] || batch=("${open[0]}" "${open[1]}")
rest=()
for row in "${open[@]}"; do
  [ "$row" = "${batch[0]}" ] || [ "$row" = "${batch[1]}" ] || rest+=("$row")
done
full=${rest[0]}
part=${rest[1]}

# transfer NUMBER_IN_ENTRY AMOUNT BUYER ENDTOEND REFERENCE TEXT BANKREF [IN_BATCH]
transfer() {
  local amount=$2 name=$3 e2e=$4 ref=$5 text=$6 bankref=$7 batched=${8:-}
  echo "          <TxDtls>"
  echo "            <Refs>"
  echo "              <AcctSvcrRef>$bankref-$1</AcctSvcrRef>"
  echo "              <EndToEndId>$(xml "$e2e")</EndToEndId>"
  echo "            </Refs>"
  if [ -n "$batched" ]; then
    echo "            <AmtDtls>"
    echo "              <TxAmt>"
    echo "                <Amt Ccy=\"EUR\">$amount</Amt>"
    echo "              </TxAmt>"
    echo "            </AmtDtls>"
  fi
  cat <<XML
            <RltdPties>
              <Dbtr>
                <Nm>$(xml "$name")</Nm>
              </Dbtr>
              <DbtrAcct>
                <Id>
                  <IBAN>$(iban_of "$name")</IBAN>
                </Id>
              </DbtrAcct>
              <CdtrAcct>
                <Id>
                  <IBAN>$IBAN</IBAN>
                </Id>
              </CdtrAcct>
            </RltdPties>
            <RmtInf>
              <Ustrd>$(xml "$text")</Ustrd>
XML
  if [ -n "$ref" ]; then
    cat <<XML
              <Strd>
                <CdtrRefInf>
                  <Tp>
                    <CdOrPrtry>
                      <Cd>SCOR</Cd>
                    </CdOrPrtry>
                    <Issr>CUR</Issr>
                  </Tp>
                  <Ref>$ref</Ref>
                </CdtrRefInf>
              </Strd>
XML
  fi
  echo "            </RmtInf>"
  echo "          </TxDtls>"
}

# entry AMOUNT CRDT|DBIT BANKREF CODE FAMILY SUBFAMILY: the entry's head, up to its details
entry() {
  cat <<XML
      <Ntry>
        <Amt Ccy="EUR">$1</Amt>
        <CdtDbtInd>$2</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt>
          <Dt>$today</Dt>
        </BookgDt>
        <ValDt>
          <Dt>$today</Dt>
        </ValDt>
        <AcctSvcrRef>$3</AcctSvcrRef>
        <BkTxCd>
          <Domn>
            <Cd>$4</Cd>
            <Fmly>
              <Cd>$5</Cd>
              <SubFmlyCd>$6</SubFmlyCd>
            </Fmly>
          </Domn>
        </BkTxCd>
XML
}

b1=$(field "${batch[0]}" 3); b2=$(field "${batch[1]}" 3)
batch_sum=$(awk -v a="$b1" -v b="$b2" 'BEGIN { printf "%.2f", a + b }')
half=$(awk -v a="$(field "$part" 3)" 'BEGIN { printf "%.2f", int(a * 50) / 100 }')

cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- A demo bank statement made by bench/camt-demo.sh on $today: it pays this year's open demo invoices. -->
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>ABNAMRO-CAMT053-$stamp-DEMO</MsgId>
      <CreDtTm>${today}T18:00:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>$stamp-$IBAN</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>${today}T18:00:00</CreDtTm>
      <FrToDt>
        <FrDtTm>${today}T00:00:00</FrDtTm>
        <ToDtTm>${today}T23:59:59</ToDtTm>
      </FrToDt>
      <Acct>
        <Id>
          <IBAN>$IBAN</IBAN>
        </Id>
        <Ccy>EUR</Ccy>
        <Ownr>
          <Nm>Vereniging Ingrado</Nm>
        </Ownr>
        <Svcr>
          <FinInstnId>
            <BIC>ABNANL2A</BIC>
          </FinInstnId>
        </Svcr>
      </Acct>
XML

# 1. a batch: one payer, two invoices, each with its betalingskenmerk
ref="DEMO${stamp}0001"
entry "$batch_sum" CRDT "$ref" PMNT RCDT ESCT
echo "        <NtryDtls>"
echo "          <Btch>"
echo "            <NbOfTxs>2</NbOfTxs>"
echo "          </Btch>"
i=0
for row in "${batch[@]}"; do
  i=$((i + 1))
  transfer $i "$(field "$row" 3)" "$(field "$row" 4)" "BATCH-$(field "$row" 1)" "$(field "$row" 2)" \
    "Factuur $(field "$row" 1)" "$ref" batch
done
echo "        </NtryDtls>"
echo "      </Ntry>"

# 2. in full by the betalingskenmerk
ref="DEMO${stamp}0002"
entry "$(field "$full" 3)" CRDT "$ref" PMNT RCDT ESCT
echo "        <NtryDtls>"
transfer 1 "$(field "$full" 3)" "$(field "$full" 4)" "E2E-$(field "$full" 1)" "$(field "$full" 2)" \
  "Contributie Ingrado $year" "$ref"
echo "        </NtryDtls>"
echo "      </Ntry>"

# 3. half, the invoice number only in the free text
ref="DEMO${stamp}0003"
entry "$half" CRDT "$ref" PMNT RCDT ESCT
echo "        <NtryDtls>"
transfer 1 "$half" "$(field "$part" 4)" NOTPROVIDED "" "Eerste termijn factuur $(field "$part" 1)" "$ref"
echo "        </NtryDtls>"
echo "      </Ntry>"

# 4. names no invoice
ref="DEMO${stamp}0004"
entry 250.00 CRDT "$ref" PMNT RCDT ESCT
echo "        <NtryDtls>"
transfer 1 250.00 "Stichting Leerrecht Nederland" NOTPROVIDED "" "Bijdrage studiemiddag thuiszitters" "$ref"
echo "        </NtryDtls>"
echo "      </Ntry>"

# 5. the bank's costs
entry 9.75 DBIT "DEMO${stamp}0005" ACMT MDOP CHRG
cat <<XML
        <AddtlNtryInf>Kosten zakelijk betalingsverkeer</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
XML
