//! Checks of the instruction table's expansion: size, and that every relation is consistent with
//! the families and slots it is derived from.

use super::*;

#[test]
fn op_is_sixteen_bytes() {
    assert_eq!(std::mem::size_of::<Op>(), 16);
}

/// Every conversion stays in the instruction's family, lands in the slot it promises, and keeps
/// the value of every field the two forms share.
#[test]
fn form_conversions_stay_in_the_family_and_keep_shared_fields() {
    let kept = |from: &Op, to: &Op| {
        let (a, b) = (from.operands(), to.operands());
        let (a, b) = (format!("{a:?}"), format!("{b:?}"));
        // A field absent from `to` reads 0 there; every non-zero field of `to` (other than a
        // new `dst`) must hold what `from` held.
        a.split(", ").zip(b.split(", ")).all(|(x, y)| y.ends_with(": 0") || x == y || y.starts_with("dst:"))
    };
    let mut conversions = 0;
    for &code in Opcode::ALL {
        let op = Op::example(code);
        let (family, slot) = op.form();
        let checks = [
            (op.into_acc_form(), Slot::Acc),
            (op.into_acc_result(), slot.result_in_acc().unwrap_or(Slot::Reg)),
            (op.compare_from_acc_result(99), slot.result_in_reg().unwrap_or(Slot::Reg)),
        ];
        for (converted, expected_slot) in checks {
            let Some(converted) = converted else { continue };
            conversions += 1;
            assert_eq!(converted.form(), (family, expected_slot), "{op:?} -> {converted:?}");
            assert!(kept(&op, &converted), "{op:?} -> {converted:?} lost a field");
        }
        if let Some(rev) = op.into_rev_acc_form(op.operands().rhs as Reg) {
            conversions += 1;
            assert_eq!(rev.form(), (family, Slot::RevAcc), "{op:?}");
            assert!(kept(&op, &rev), "{op:?} -> {rev:?} lost a field");
        }
    }
    assert!(conversions > 500, "only {conversions} conversions: the families lost their forms");
}

/// What the relations say about accumulators and results follows from the slots: accumulator
/// forms read one, `R` forms write no register but some accumulator, and conditional branches
/// write nothing and have a target.
#[test]
fn relations_follow_from_the_slots() {
    for &code in Opcode::ALL {
        let mut op = Op::example(code);
        let (_, slot) = op.form();
        assert_eq!(op.acc_read().is_some(), slot.reads_acc(), "{op:?}");
        if slot.result_in_reg().is_some() {
            assert!(op.result_mut().is_none(), "{op:?}: an R form writes no register");
            assert_ne!(op.acc_results(), AccSet::NONE, "{op:?}: an R form writes an accumulator");
        }
        if op.is_pure_conditional_branch() {
            assert!(op.result_mut().is_none() && op.acc_results() == AccSet::NONE, "{op:?}");
            assert!(op.branch_target_mut().is_some(), "{op:?}");
        }
        if op.acc_operand().is_some() {
            assert!(op.into_acc_form().is_some(), "{op:?}: an acc operand without an acc form");
        }
    }
}

/// A load's `imm` is its `LoadKind as u8`: every kind comes back from it, and nothing past
/// the last kind is one.
#[test]
fn every_load_kind_round_trips_through_its_imm() {
    use memory_n::LOAD_KINDS;
    for (i, &kind) in LOAD_KINDS.iter().enumerate() {
        assert_eq!(kind as u8 as usize, i);
        assert_eq!(LoadKind::from_imm(kind as u8), Ok(kind));
    }
    assert_eq!(LOAD_KINDS.len(), LoadKind::V128Zero64 as usize + 1);
    assert!(LoadKind::from_imm(LOAD_KINDS.len() as u8).is_err());
}
